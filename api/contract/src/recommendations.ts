import * as z from 'zod/mini'
import { acceptPersonalDataWarning, municipalityRef, municipalityResponse, publishableText } from './publishable-text.js'
import { singleLine } from './text.js'
import { INBOX_LIMITS, RECOMMENDATION_STATUSES } from './vocabulary.js'

const year = z.int().check(z.minimum(2000), z.maximum(2100)).register(z.globalRegistry, { description: 'Het jaar van het jaarverslag waarin de aanbeveling staat.' })

export const RecommendationInput = z
  .strictObject({
    municipalityId: singleLine({ trim: false }).check(z.minLength(1), z.maxLength(64)),
    year,
    text: publishableText(),
    acceptPersonalDataWarning: z.optional(z.boolean()).register(z.globalRegistry, { description: 'Opslaan ondanks een waarschuwing van de persoonsgegevens-controle.' }),
  })
  .register(z.globalRegistry, { id: 'RecommendationInput', description: 'Een aanbeveling van de vertrouwenspersoon aan de gemeente, zonder persoonsgegevens.' })
export type RecommendationInput = z.infer<typeof RecommendationInput>

export const RecommendationUpdate = z
  .strictObject({
    text: z.optional(publishableText()),
    status: z.optional(z.enum(RECOMMENDATION_STATUSES)),
    response: municipalityResponse('Wat de gemeente met de aanbeveling deed.'),
    acceptPersonalDataWarning: acceptPersonalDataWarning(),
  })
  .register(z.globalRegistry, { id: 'RecommendationUpdate' })
export type RecommendationUpdate = z.infer<typeof RecommendationUpdate>

export const Recommendation = z
  .object({
    id: z.string(),
    municipality: municipalityRef(),
    year,
    text: z.string(),
    status: z.enum(RECOMMENDATION_STATUSES),
    response: z.nullable(z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .register(z.globalRegistry, { id: 'Recommendation' })
export type Recommendation = z.infer<typeof Recommendation>

export const RecommendationList = z.object({ items: z.array(Recommendation) }).register(z.globalRegistry, { id: 'RecommendationList' })
export type RecommendationList = z.infer<typeof RecommendationList>

export const PublicationSettings = z
  .strictObject({
    statisticsPublic: z.boolean().register(z.globalRegistry, { description: 'Dashboard, cijfers en jaarverslag voor iedereen, zonder inloggen.' }),
  })
  .register(z.globalRegistry, { id: 'PublicationSettings', description: 'Wat openbaar is.' })
export type PublicationSettings = z.infer<typeof PublicationSettings>

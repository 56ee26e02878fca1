import * as z from 'zod'
import { multiLine, singleLine } from './text.js'
import { INBOX_LIMITS, RECOMMENDATION_STATUSES } from './vocabulary.js'

const year = z.int().min(2000).max(2100).meta({ description: 'Het jaar van het jaarverslag waarin de aanbeveling staat.' })

export const RecommendationInput = z
  .strictObject({
    municipalityId: singleLine({ trim: false }).min(1).max(64),
    year,
    text: multiLine().min(1).max(INBOX_LIMITS.signalTextMax),
    acceptPersonalDataWarning: z.boolean().optional().meta({ description: 'Opslaan ondanks een waarschuwing van de persoonsgegevens-controle.' }),
  })
  .meta({ id: 'RecommendationInput', description: 'Een aanbeveling van de vertrouwenspersoon aan de gemeente, zonder persoonsgegevens.' })
export type RecommendationInput = z.infer<typeof RecommendationInput>

export const RecommendationUpdate = z
  .strictObject({
    text: multiLine().min(1).max(INBOX_LIMITS.signalTextMax).optional(),
    status: z.enum(RECOMMENDATION_STATUSES).optional(),
    response: multiLine().max(INBOX_LIMITS.responseMax).optional().meta({ description: 'Wat de gemeente met de aanbeveling deed.' }),
    acceptPersonalDataWarning: z.boolean().optional(),
  })
  .meta({ id: 'RecommendationUpdate' })
export type RecommendationUpdate = z.infer<typeof RecommendationUpdate>

export const Recommendation = z
  .object({
    id: z.string(),
    municipality: z.object({ id: z.string(), name: z.string() }),
    year,
    text: z.string(),
    status: z.enum(RECOMMENDATION_STATUSES),
    response: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Recommendation' })
export type Recommendation = z.infer<typeof Recommendation>

export const RecommendationList = z.object({ items: z.array(Recommendation) }).meta({ id: 'RecommendationList' })
export type RecommendationList = z.infer<typeof RecommendationList>

export const PublicationSettings = z
  .strictObject({
    statisticsPublic: z.boolean().meta({ description: 'Dashboard, cijfers en jaarverslag voor iedereen, zonder inloggen.' }),
  })
  .meta({ id: 'PublicationSettings', description: 'Wat openbaar is.' })
export type PublicationSettings = z.infer<typeof PublicationSettings>

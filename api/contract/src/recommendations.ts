import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { publishableText, publishedTextAnswer, publishedTextInput, publishedTextUpdate } from './publishable-text.js'
import { RECOMMENDATION_STATUSES } from './vocabulary.js'

const year = z.int().check(z.minimum(2000), z.maximum(2100)).register(z.globalRegistry, { description: 'Het jaar van het jaarverslag waarin de aanbeveling staat.' })

export const RecommendationInput = publishedTextInput({ year }).register(z.globalRegistry, { id: 'RecommendationInput', description: 'Een aanbeveling van de vertrouwenspersoon aan de gemeente, zonder persoonsgegevens.' })
export type RecommendationInput = z.infer<typeof RecommendationInput>

export const RecommendationUpdate = publishedTextUpdate('Wat de gemeente met de aanbeveling deed.', {
  text: z.optional(publishableText()),
  status: z.optional(z.enum(RECOMMENDATION_STATUSES)),
}).register(z.globalRegistry, { id: 'RecommendationUpdate' })
export type RecommendationUpdate = z.infer<typeof RecommendationUpdate>

export const Recommendation = publishedTextAnswer(RECOMMENDATION_STATUSES, { year }).register(z.globalRegistry, { id: 'Recommendation' })
export type Recommendation = z.infer<typeof Recommendation>

export const RecommendationList = namedObject('RecommendationList', { items: z.array(Recommendation) })
export type RecommendationList = z.infer<typeof RecommendationList>

export const PublicationSettings = namedStrictObject('PublicationSettings', 'Wat openbaar is.', {
  statisticsPublic: z.boolean().register(z.globalRegistry, { description: 'Dashboard, cijfers en jaarverslag voor iedereen, zonder inloggen.' }),
})
export type PublicationSettings = z.infer<typeof PublicationSettings>

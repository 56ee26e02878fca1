import type { PersonalDataType } from '@klankbord/contract'

/**
 * What the model tells apart: the kinds of personal data that rules find least completely in text they have not seen
 * (names in odd casings and positions, villages and neighbourhoods, ages without their usual words). Numbers,
 * addresses and contact data have shapes the rules know.
 */
export const MODEL_LABELS = ['O', 'NAAM', 'PLAATS', 'LEEFTIJD'] as const satisfies readonly ('O' | PersonalDataType)[]
export type ModelLabel = (typeof MODEL_LABELS)[number]
export const LABEL_COUNT = MODEL_LABELS.length

import { FIELD_TEXTS } from './fields.js'
import { LAYOUT_TEXTS } from './layout.js'
import { ERROR_TEXTS } from './meld/field-errors.js'
import { END_TEXTS, MELD_TEXTS, REFUSAL_TEXTS } from './meld/texts.js'
import { OUTCOME_TEXTS, REPLY_TEXTS, STAGE_TEXTS, VOLG_TEXTS } from './volg/texts.js'

/** Every Dutch text each page without scripts says; the translations and plain-language tests read them here. */
export const PAGE_TEXTS: Record<'meld' | 'volg', readonly string[]> = {
  meld: [LAYOUT_TEXTS, FIELD_TEXTS, MELD_TEXTS, ERROR_TEXTS, END_TEXTS, REFUSAL_TEXTS].flatMap((texts) => Object.values(texts)),
  volg: [LAYOUT_TEXTS, FIELD_TEXTS, VOLG_TEXTS, STAGE_TEXTS, OUTCOME_TEXTS, REPLY_TEXTS].flatMap((texts) => Object.values(texts)),
}

/** Footnotes for categories the pipeline merged into "other" for a table and year (the `merged_categories` table). */
import type { Locale } from '@klankbord/contract/vocabulary'
import { CHANNEL, DOMAIN, KIND, labelOf, municipalityLabel, OUTCOME, SIGNAL_STATUS, SUPPORT, WISH, type Vocabulary } from './labels.js'
import { rowsOf } from './select.js'
import type { PublishedTables } from './types.js'
import { say } from './words.js'

const VOCABULARIES: Readonly<Record<string, Vocabulary>> = { domain: DOMAIN, kind: KIND, partner_kind: CHANNEL, outcome: OUTCOME, wish: WISH, support: SUPPORT, status: SIGNAL_STATUS }

/** The label of a code in a dimension of a published table. */
export const mergedLabel = (dimension: string, code: string, locale: Locale): string => {
  const vocabulary = VOCABULARIES[dimension]
  return vocabulary ? labelOf(vocabulary, code, locale) : municipalityLabel(code, locale)
}

const quoted = (labels: readonly string[], locale: Locale) => {
  const items = labels.map((l) => `‘${l}’`)
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${say(locale, 'en', 'and')} ${items.at(-1)}`
}

/** One sentence per merged category in `tables` (table names) and `years`; the same merge is said once. */
export function mergedNotes(tables: PublishedTables, tableNames: readonly string[], years: readonly string[], locale: Locale): string[] {
  const notes = rowsOf(tables, 'merged_categories')
    .filter((row) => tableNames.includes(String(row.table)) && years.includes(String(row.year)))
    .map((row) => {
      const dimension = String(row.dimension)
      const code = String(row.code)
      const members = String(row.members ?? '')
        .split(';')
        .map((m) => m.trim())
        .filter((m) => m && m !== code)
      if (members.length === 0) return undefined
      const into = `‘${mergedLabel(dimension, code, locale)}’`
      const also = quoted(members.map((m) => mergedLabel(dimension, m, locale)), locale)
      return say(locale, `Samengevoegd om inwoners te beschermen: in ${row.year} telt ${into} hier ook ${also} mee.`, `Merged to protect residents: in ${row.year} ${into} here also counts ${also}.`)
    })
  return [...new Set(notes.filter((note): note is string => note !== undefined))]
}

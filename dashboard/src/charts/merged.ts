/** Footnotes for categories the pipeline merged into "other" for a table and year (the `merged_categories` table). */
import type { Locale } from '@klankbord/contract/vocabulary'
import { CHANNEL, DOMAIN, KIND, labelOf, municipalityLabel, OUTCOME, PARTNER_KIND, SIGNAL_STATUS, SUPPORT, WISH, type Vocabulary } from './labels.js'
import { rowsOf } from './select.js'
import type { PublishedRow, PublishedTables } from './types.js'
import { say } from './words.js'

const VOCABULARIES: Readonly<Record<string, Vocabulary>> = { domain: DOMAIN, kind: KIND, partner_kind: PARTNER_KIND, channel: CHANNEL, outcome: OUTCOME, wish: WISH, support: SUPPORT, status: SIGNAL_STATUS }

/** The label of a code in a dimension of a published table. */
export const mergedLabel = (dimension: string, code: string, locale: Locale): string => {
  const vocabulary = VOCABULARIES[dimension]
  return vocabulary ? labelOf(vocabulary, code, locale) : municipalityLabel(code, locale)
}

/** Which merges a view is about: its tables and years, the dimensions it shows, and the municipality or domain chosen. */
export type MergeScope = {
  readonly tables: readonly string[]
  readonly years: readonly string[]
  readonly shown: readonly string[]
  /** Dimension → chosen code, e.g. { municipality: 'Gennep' }; `*` or absent for all. */
  readonly chosen: Readonly<Record<string, string | undefined>>
}

export type Merge = { readonly table: string; readonly year: string; readonly dimension: string; readonly code: string; readonly members: readonly string[] }

const mergeOf = (row: PublishedRow): Merge => {
  const code = String(row.code)
  return {
    table: String(row.table),
    year: String(row.year),
    dimension: String(row.dimension),
    code,
    members: String(row.members ?? '')
      .split(';')
      .map((m) => m.trim())
      .filter((m) => m && m !== code),
  }
}

/** Every merge in the publication that merged at least one code into another. */
export const publishedMerges = (tables: PublishedTables): Merge[] => rowsOf(tables, 'merged_categories').map(mergeOf).filter((merge) => merge.members.length > 0)

const merges = (tables: PublishedTables, scope: MergeScope): Merge[] => publishedMerges(tables).filter((merge) => scope.tables.includes(merge.table) && scope.years.includes(merge.year))

const isChosen = (merge: Merge, scope: MergeScope) => {
  const chosen = scope.chosen[merge.dimension]
  return chosen !== undefined && chosen !== '*' && merge.members.includes(chosen)
}

const quoted = (labels: readonly string[], locale: Locale) => {
  const items = labels.map((l) => `‘${l}’`)
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${say(locale, 'en', 'and')} ${items.at(-1)}`
}

/** One sentence per merged category the view shows or filters on; the same merge is said once. */
export function mergedNotes(tables: PublishedTables, scope: MergeScope, locale: Locale): string[] {
  const notes = merges(tables, scope)
    .filter((merge) => scope.shown.includes(merge.dimension) || isChosen(merge, scope))
    .map((merge) => {
      const into = `‘${mergedLabel(merge.dimension, merge.code, locale)}’`
      const also = quoted(merge.members.map((m) => mergedLabel(merge.dimension, m, locale)), locale)
      return say(locale, `Samengevoegd om inwoners te beschermen: in ${merge.year} telt ${into} hier ook ${also} mee.`, `Merged to protect residents: in ${merge.year} ${into} here also counts ${also}.`)
    })
  return [...new Set(notes)]
}

/** Why a view for a chosen municipality or domain is empty when its figures were merged with others; else undefined. */
export function mergedAway(tables: PublishedTables, scope: MergeScope, locale: Locale): string | undefined {
  const merge = merges(tables, scope).find((m) => isChosen(m, scope))
  if (!merge) return undefined
  const chosen = `‘${mergedLabel(merge.dimension, scope.chosen[merge.dimension]!, locale)}’`
  const into = `‘${mergedLabel(merge.dimension, merge.code, locale)}’`
  return say(
    locale,
    `Deze cijfers over ${merge.year} zijn voor ${chosen} samengeteld met andere onder ${into}, om inwoners te beschermen. Kies alle gemeenten en domeinen om ze te zien.`,
    `These figures for ${merge.year} are counted for ${chosen} together with others under ${into}, to protect residents. Choose all municipalities and domains to see them.`,
  )
}

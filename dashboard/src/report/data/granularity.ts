/** The period the pipeline generalised dates to, for the methodology section. */
import { rowsOf } from '../../charts/select.js'
import type { PublishedTables } from '../../charts/index.js'

export type Granularity = 'maand' | 'kwartaal' | 'jaar'

const WORDS: Readonly<Record<string, Granularity>> = { month: 'maand', quarter: 'kwartaal', year: 'jaar' }

/** From the `periods` table when published, else from the periods in over_time ("2025-07", "2025-K3", "2025"). */
export function publishedGranularity(tables: PublishedTables): Granularity {
  const granularities = new Set(rowsOf(tables, 'periods').map((row) => WORDS[String(row.granularity)]))
  for (const granularity of ['maand', 'kwartaal'] as const) if (granularities.has(granularity)) return granularity
  const periods = rowsOf(tables, 'over_time').map((row) => String(row.period ?? ''))
  if (periods.some((p) => /^\d{4}-\d{2}$/.test(p))) return 'maand'
  if (periods.some((p) => /^\d{4}-K\d$/.test(p))) return 'kwartaal'
  return 'jaar'
}

/** The filters made concrete: the year to show (the latest by default) and `*` for "all". */
import { availableYears } from './available.js'
import { ALL } from './select.js'
import type { ChartData } from './types.js'

export type Scope = {
  /** Undefined only when nothing was published at all. */
  readonly year: string | undefined
  readonly previousYear: string | undefined
  readonly municipality: string
  readonly domain: string
}

export function scopeOf(data: ChartData): Scope {
  const year = data.filters.year ?? availableYears(data.tables).at(-1)
  return {
    year,
    previousYear: year && /^\d{4}$/.test(year) ? String(Number(year) - 1) : undefined,
    municipality: data.filters.municipality ?? ALL,
    domain: data.filters.domain ?? ALL,
  }
}

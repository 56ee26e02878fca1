/**
 * Which periods get a tick label on the time axis, and what it says: labels are kept apart (no "2004080000"),
 * and a partial period always keeps its label, with its dates on a second line.
 */
import type { Locale } from '@klankbord/contract/vocabulary'
import { formatDay } from '../number-format.js'
import { coverageOf } from './coverage.js'
import { formatPeriod } from './period.js'
import { textWidth } from './text-width.js'
import type { PublishedTables } from './types.js'

const GAP = 10

export type PeriodTicks = {
  /** The periods that get a label, in order. */
  readonly ticks: readonly string[]
  /** The label of each period, with line breaks. */
  readonly label: (period: string) => string
  /** The most lines a label has. */
  readonly lines: number
}

/** `length` is the axis length in pixels; periods take equal bands along it. */
export function periodTicks(tables: PublishedTables, periods: readonly string[], length: number, locale: Locale): PeriodTicks {
  const band = length / Math.max(1, periods.length)
  const dates = new Map(
    periods.flatMap((period) => {
      const coverage = coverageOf(tables, period)
      if (!coverage?.partial) return []
      const from = formatDay(coverage.firstDay, locale)
      const to = formatDay(coverage.lastDay, locale)
      return [[period, [from, to]] as const]
    }),
  )
  // One line "1 jan – 7 dec" where it fits in a band, else "1 jan –" over "7 dec".
  const oneLine = [...dates.values()].every(([from, to]) => textWidth(`${from} – ${to}`) + GAP <= band)
  const texts = new Map(
    periods.map((period) => {
      const range = dates.get(period)
      const name = formatPeriod(period, locale)
      return [period, range ? [name, ...(oneLine ? [`${range[0]} – ${range[1]}`] : [`${range[0]} –`, range[1]])] : [name]] as const
    }),
  )
  const label = (period: string) => (texts.get(period) ?? [period]).join('\n')
  const centre = (i: number) => (i + 0.5) * band
  const half = (period: string) => textWidth(label(period)) / 2
  const chosen: number[] = []
  const fits = (i: number) => chosen.every((j) => Math.abs(centre(i) - centre(j)) >= half(periods[i]!) + half(periods[j]!) + GAP)
  const mandatory = periods.flatMap((period, i) => (dates.has(period) ? [i] : []))
  for (const i of [...mandatory, periods.length - 1, ...periods.keys()]) if (i >= 0 && !chosen.includes(i) && fits(i)) chosen.push(i)
  const ticks = chosen.sort((a, b) => a - b).map((i) => periods[i]!)
  return { ticks, label, lines: Math.max(1, ...ticks.map((period) => label(period).split('\n').length)) }
}

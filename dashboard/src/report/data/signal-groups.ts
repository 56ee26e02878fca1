/**
 * Signals for the report, with repeats taken together: the same signal (domain, theme, text and response)
 * raised in several municipalities, or more than once, is one item that says where and how often.
 */
import type { SignalResponse } from '../../charts/index.js'

export type SignalGroup = {
  readonly domain: string
  readonly theme: string
  readonly text: string
  readonly response: string
  readonly municipalities: readonly string[]
  /** Status labels, most advanced last, each once. */
  readonly statuses: readonly string[]
  readonly count: number
}

/** More than this many items and the list ends with how many more there are (they are in the open data). */
export const SIGNALS_LISTED = 80

export function signalGroups(signals: readonly SignalResponse[]): SignalGroup[] {
  const groups = new Map<string, { signal: SignalResponse; municipalities: Set<string>; statuses: Set<string>; count: number }>()
  for (const signal of signals) {
    const key = JSON.stringify([signal.domain, signal.theme, signal.text, signal.response])
    const group = groups.get(key) ?? { signal, municipalities: new Set<string>(), statuses: new Set<string>(), count: 0 }
    group.municipalities.add(signal.municipality)
    group.statuses.add(signal.status)
    group.count++
    groups.set(key, group)
  }
  return [...groups.values()].map(({ signal, municipalities, statuses, count }) => ({
    domain: signal.domain,
    theme: signal.theme,
    text: signal.text,
    response: signal.response,
    municipalities: [...municipalities].sort((a, b) => a.localeCompare(b, 'nl')),
    statuses: [...statuses],
    count,
  }))
}

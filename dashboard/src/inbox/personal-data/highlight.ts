import type { PersonalDataHit } from '@klankbord/contract'

/** A run of text, marked when it looks like personal data. */
export type Segment = { text: string; hit?: PersonalDataHit['type'] }

/**
 * Splits text into plain and suspicious runs. Hits may overlap or fall outside the text (the text changed since the
 * check); overlapping ones are merged into the first, out-of-range parts are clipped.
 */
export function highlightSegments(text: string, hits: readonly PersonalDataHit[]): Segment[] {
  const sorted = [...hits].filter((hit) => hit.end > hit.start).sort((a, b) => a.start - b.start || b.end - a.end)
  const segments: Segment[] = []
  let at = 0
  for (const hit of sorted) {
    const start = Math.max(hit.start, at)
    const end = Math.min(hit.end, text.length)
    if (start >= end) continue
    if (start > at) segments.push({ text: text.slice(at, start) })
    segments.push({ text: text.slice(start, end), hit: hit.type })
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at) })
  return segments
}

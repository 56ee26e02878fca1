import type { PersonalDataHit } from '@klankbord/contract'
import type { Candidate } from './candidate.js'

/** Keeps the best of overlapping candidates (priority, then length, then the earlier one), sorted by start. */
export function resolveOverlaps(candidates: Candidate[]): PersonalDataHit[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const kept: Candidate[] = []
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue
    kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start).map(({ type, start, end }) => ({ type, start, end }))
}

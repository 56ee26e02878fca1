import { amsterdamDate, daysBetween } from './dates.js'

/** How the first-contact deadline stands: met, missed, due today or still ahead. */
export type FirstContactState =
  | { kind: 'done'; at: string }
  | { kind: 'overdue'; by: string; daysLate: number }
  | { kind: 'today'; by: string }
  | { kind: 'due'; by: string; daysLeft: number }

export function firstContactState(item: { firstContactBy: string; firstContactAt: string | null; overdue: boolean }, now: Date): FirstContactState {
  if (item.firstContactAt) return { kind: 'done', at: item.firstContactAt }
  const daysLeft = daysBetween(amsterdamDate(now), item.firstContactBy)
  // The server decides overdue (it knows working days and the municipality's term); the days only explain it.
  if (item.overdue || daysLeft < 0) return { kind: 'overdue', by: item.firstContactBy, daysLate: Math.max(0, -daysLeft) }
  if (daysLeft === 0) return { kind: 'today', by: item.firstContactBy }
  return { kind: 'due', by: item.firstContactBy, daysLeft }
}

/** Days left in the objection term within which the inbox warns, as the API's `objectionSoon` filter does. */
export const OBJECTION_WARNING_DAYS = 14

export type ObjectionState = { kind: 'passed'; deadline: string } | { kind: 'soon'; deadline: string; daysLeft: number } | { kind: 'later'; deadline: string; daysLeft: number }

export function objectionState(deadline: string, now: Date): ObjectionState {
  const daysLeft = daysBetween(amsterdamDate(now), deadline)
  if (daysLeft < 0) return { kind: 'passed', deadline }
  if (daysLeft <= OBJECTION_WARNING_DAYS) return { kind: 'soon', deadline, daysLeft }
  return { kind: 'later', deadline, daysLeft }
}

/** Whole days since a moment, counted in Dutch calendar days. */
export function ageInDays(createdAt: string, now: Date): number {
  return Math.max(0, daysBetween(amsterdamDate(new Date(createdAt)), amsterdamDate(now)))
}

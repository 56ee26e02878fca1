import type { ConcernFollowUp } from './concern.js'
import type { Outcome } from './vocabulary.js'

/** Whether the resident's concern has passed a stage, is at it now, or has yet to reach it. */
export type StageState = 'done' | 'current' | 'todo'

/** One stage of a concern as the resident follows it; the widget and the pages without scripts put it in words. */
export type FollowUpStage =
  | { kind: 'reported'; state: 'done'; on: string }
  | { kind: 'first-contact-made'; state: 'done'; on: string }
  | { kind: 'first-contact'; state: StageState; by: string }
  | { kind: 'in-progress'; state: StageState; waitingFor?: 'resident' | 'organisation' | 'confidant' }
  | { kind: 'closed-on'; state: 'current'; on: string; outcome: Outcome | null }
  | { kind: 'closed'; state: 'todo' }

/** Received, first contact, in progress, closed: the furthest one reached is where the concern is now. */
export function followUpStages(concern: Pick<ConcernFollowUp, 'status' | 'createdAt' | 'firstContactAt' | 'firstContactBy' | 'closedAt' | 'outcome'>): FollowUpStage[] {
  const closed = concern.status === 'closed'
  const contacted = concern.firstContactAt !== null
  const now: 'contact' | 'progress' | 'closed' = closed ? 'closed' : contacted || concern.status !== 'new' ? 'progress' : 'contact'
  const stages: FollowUpStage[] = [{ kind: 'reported', state: 'done', on: concern.createdAt }]
  if (contacted) stages.push({ kind: 'first-contact-made', state: 'done', on: concern.firstContactAt! })
  // Closed without contact (withdrawn, or anonymous and never answered): there is no date to promise any more.
  else if (!closed) stages.push({ kind: 'first-contact', state: now === 'contact' ? 'current' : 'todo', by: concern.firstContactBy })
  const waitingFor = concern.status === 'waiting-resident' ? 'resident' : concern.status === 'waiting-organisation' ? 'organisation' : 'confidant'
  stages.push({ kind: 'in-progress', state: closed ? 'done' : now === 'progress' ? 'current' : 'todo', ...(now === 'progress' && { waitingFor }) })
  stages.push(closed && concern.closedAt ? { kind: 'closed-on', state: 'current', on: concern.closedAt, outcome: concern.outcome } : { kind: 'closed', state: 'todo' })
  return stages
}

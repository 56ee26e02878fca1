import { STATUSES, type Status } from '@klankbord/contract/vocabulary'

/** Where a case can go from its status: never back to new; a closed case only reopens (to in progress). */
export const nextStatuses = (from: Status): Status[] => (from === 'closed' ? ['in-progress'] : STATUSES.filter((s) => s !== from && s !== 'new'))

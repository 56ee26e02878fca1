import { addWorkingDays, type IsoDate } from '@klankbord/contract/dates'
import { amsterdamDate } from '../shared/amsterdam-date.js'

/**
 * The last day for first contact: `workingDays` Dutch working days after the day of receipt in the
 * Netherlands. Every concern of a day gets the same answer, so the last one is remembered.
 */
export function createFirstContactDeadline() {
  let last: { key: string; deadline: IsoDate } | undefined
  let lastMinute = -1
  let lastDay = ''
  return (moment: Date, workingDays: number): IsoDate => {
    // Formatting a date in a time zone is the costly part; it changes at most once a minute that matters.
    const minute = Math.floor(moment.getTime() / 60_000)
    if (minute !== lastMinute) {
      lastDay = amsterdamDate(moment)
      lastMinute = minute
    }
    const key = `${lastDay}/${workingDays}`
    if (last?.key !== key) last = { key, deadline: addWorkingDays(lastDay, workingDays) }
    return last.deadline
  }
}

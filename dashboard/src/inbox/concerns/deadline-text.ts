import { html, nothing, type TemplateResult } from 'lit'
import { formatDateTime, formatShortDate } from '../format/dates.js'
import { firstContactState, objectionState } from '../format/deadlines.js'
import { locale, t } from '../i18n/locale.js'

/** The first-contact deadline in words; a missed one is marked with text and an icon, never by colour alone. */
export function firstContactText(item: { status: string; firstContactBy: string; firstContactAt: string | null; overdue: boolean }, now: Date): TemplateResult | typeof nothing {
  const m = t()
  const state = firstContactState(item, now)
  switch (state.kind) {
    case 'done':
      return html`${m.firstContactDone(formatDateTime(state.at, locale()))}`
    case 'overdue':
      return item.status === 'closed' ? nothing : html`<strong class="badge badge--alert"><span aria-hidden="true">! </span>${m.overdue}</strong> ${m.firstContactWasDue(formatShortDate(state.by, locale()))}`
    case 'today':
      return html`<strong class="badge badge--warning">${m.dueToday}</strong>`
    case 'due':
      return html`${m.firstContactDue(formatShortDate(state.by, locale()))}`
  }
}

/** The last day to object; within two weeks it is marked, after it has passed it says so. */
export function objectionText(deadline: string | null, now: Date): TemplateResult | typeof nothing {
  if (!deadline) return nothing
  const m = t()
  const state = objectionState(deadline, now)
  const date = formatShortDate(deadline, locale())
  if (state.kind === 'passed') return html`<span class="badge badge--muted">${m.objectionPassed}</span> ${date}`
  if (state.kind === 'soon') return html`<strong class="badge badge--warning"><span aria-hidden="true">! </span>${m.objectionDaysLeft(state.daysLeft)}</strong> ${m.objectionUntil(date)}`
  return html`${date}`
}

import type { ReactiveControllerHost } from 'lit'
import type { Locale } from '../localization.js'

/** What the follow-up view needs from the widget; the widget itself implements it. */
export interface FollowUpHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment
  readonly locale: Locale
  readonly apiBase: string
  readonly mode: string
  closeFollowUp(): void
}

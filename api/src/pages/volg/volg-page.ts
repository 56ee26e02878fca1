import type { ConcernFollowUp } from '@klankbord/contract'
import type { ResidentLocale } from '@klankbord/contract/vocabulary'
import type { PageText } from '../page-text.js'

/** What the follow-up pages are drawn from: the language, and what the resident typed or the store answered. */
export type VolgPage = {
  locale: ResidentLocale
  t: PageText
  /** Today in the Netherlands (`YYYY-MM-DD`), for the objection term. */
  today: string
}

export type LookupState = VolgPage & {
  reference: string
  errors: ReadonlyMap<'reference' | 'code', string>
  /** A message above the form: nothing found, or wait a while. */
  alert?: string
}

export type ConcernState = VolgPage & {
  concern: ConcernFollowUp
  /** The code, normalised, for the reply form: it travels in the page's form, never in a URL. */
  code: string
  reply: { text: string; error?: string; sent?: boolean }
}

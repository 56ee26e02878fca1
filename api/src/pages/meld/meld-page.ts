import type { PartnerInfo } from '@klankbord/contract'
import type { ResidentLocale } from '@klankbord/contract/vocabulary'
import type { PageText } from '../page-text.js'
import type { MeldAnswers } from './answers.js'
import type { FieldErrors } from './field-errors.js'
import type { StepId } from './steps.js'

/** What travels with every page of /meld besides the answers: which partner, how the resident came, the key against double sending. */
export type MeldEnvelope = { partner: string; channel: 'no-script' | 'poster'; key: string }

/** Everything a page of /meld is drawn from. */
export type MeldPage = {
  locale: ResidentLocale
  t: PageText
  info: PartnerInfo
  envelope: MeldEnvelope
  step: StepId
  answers: MeldAnswers
  errors: FieldErrors
  /** Today in the Netherlands (`YYYY-MM-DD`), for the latest decision date and the deadlines. */
  today: string
  /** A message above the form, such as "wait a while" after too many concerns from one address. */
  alert?: string
  /** Came from the review to change an answer: the next button goes back there. */
  returnToReview?: boolean
}

/** The query string of /meld for a partner, channel and language: what its links and its form carry. */
export function meldSearch(envelope: Pick<MeldEnvelope, 'partner' | 'channel'>, locale: ResidentLocale): string {
  const search = new URLSearchParams({ partner: envelope.partner })
  if (envelope.channel === 'poster') search.set('channel', 'poster')
  search.set('lang', locale)
  return `?${search}`
}

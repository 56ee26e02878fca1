import type { ConcernCreated, PartnerInfo } from '@klankbord/contract'
import type { ContactMode } from '@klankbord/contract/vocabulary'
import type { Answers, FieldErrors } from '../answers.js'
import type { ApiError } from '../api-client.js'
import type { Locale } from '../localization.js'

/** What the step templates read from the widget; the widget itself implements it. */
export interface StepContext {
  readonly step: number
  readonly answers: Answers
  readonly errors: FieldErrors
  readonly locale: Locale
  readonly info: PartnerInfo
  readonly sending: boolean
  readonly sendError: ApiError | undefined
  readonly created: { concern: ConcernCreated; mode: ContactMode } | undefined
  readonly copyNote: string
  change(step: number): void
  copyCode(): void
  openFollowUp(prefill?: { reference: string; code: string }): void
}

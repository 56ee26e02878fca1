import type { Locale } from '@klankbord/contract/vocabulary'
import { BackupFileError } from '../services/backup/backup-format.js'
import { CaseNotFoundError, ConcernErasedError, TransitionError } from '../services/concerns/errors.js'
import { FlushFailedError, IdempotencyConflictError, OriginNotAllowedError, ProofOfWorkFailedError, SpamSuspectedError, UnknownPartnerError } from '../services/intake/errors.js'
import { JobBusyError } from '../services/scheduling/errors.js'
import { InputError, PersonalDataSuspectedError } from '../services/shared/errors.js'
import { EmailTakenError, SetupCodeWrongError, SetupLinkInvalidError, WeakPasswordError } from '../services/users/errors.js'
import { Problem } from './problem.js'

const WEAKNESS_TEXT = {
  'too-short': { nl: 'Het wachtwoord is te kort.', en: 'The password is too short.' },
  'too-long': { nl: 'Het wachtwoord is te lang.', en: 'The password is too long.' },
  common: { nl: 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden.', en: 'This password is common and easy to guess.' },
  'contains-email': { nl: 'Het wachtwoord bevat uw e-mailadres.', en: 'The password contains your e-mail address.' },
} as const

/** The problem a service's domain error stands for, so services stay free of HTTP. */
export function problemForServiceError(error: unknown, locale: Locale): Problem | undefined {
  // Shared by every service.
  if (error instanceof InputError) return new Problem('validation-failed', { invalidParams: [{ name: error.field, code: error.code, reason: error.reason[locale] }] })
  if (error instanceof PersonalDataSuspectedError) return new Problem('personal-data-suspected', { members: { hits: error.hits.flatMap((f) => f.hits.map((h) => ({ field: f.field, ...h }))) } })
  // The intake.
  if (error instanceof SpamSuspectedError) return new Problem('spam-suspected')
  if (error instanceof UnknownPartnerError) return new Problem('unknown-partner')
  if (error instanceof OriginNotAllowedError) return new Problem('origin-not-allowed')
  // A spent solution (ChallengeSpentError) fails like a wrong one.
  if (error instanceof ProofOfWorkFailedError) return new Problem('pow-failed')
  if (error instanceof IdempotencyConflictError) return new Problem('idempotency-conflict')
  // Stored but not yet safe on disk: the caller must not take it as accepted, and may retry with its key.
  if (error instanceof FlushFailedError) return new Problem('unavailable', { headers: { 'Retry-After': '5' } })
  // Concerns.
  if (error instanceof CaseNotFoundError) return new Problem('not-found')
  if (error instanceof TransitionError) return new Problem('invalid-transition')
  if (error instanceof ConcernErasedError)
    return new Problem('conflict', { detail: { nl: 'De gegevens van deze melding zijn gewist.', en: 'The data of this concern has been erased.' } })
  // Users.
  if (error instanceof EmailTakenError)
    return new Problem('conflict', { detail: { nl: 'Er is al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' } })
  if (error instanceof SetupLinkInvalidError) return new Problem('setup-link-invalid')
  if (error instanceof WeakPasswordError) return new Problem('weak-password', { invalidParams: [{ name: 'password', code: error.weakness, reason: WEAKNESS_TEXT[error.weakness][locale] }] })
  if (error instanceof SetupCodeWrongError)
    return new Problem('validation-failed', {
      invalidParams: [{ name: 'code', code: 'wrong', reason: locale === 'nl' ? 'De code klopt niet. Kijk of de tijd op uw telefoon goed staat.' : 'The code is not right. Check the time on your phone.' }],
    })
  // Jobs.
  if (error instanceof JobBusyError)
    return new Problem('conflict', {
      detail: { nl: 'Deze taak loopt nu al op een server. Probeer het straks opnieuw.', en: 'This job is already running on a server. Try again later.' },
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    })
  // Backups (the local operation): the path the command gave cannot be written.
  if (error instanceof BackupFileError) return new Problem('validation-failed', { invalidParams: [{ name: 'outFile', code: 'unwritable', reason: error.message }] })
  return undefined
}

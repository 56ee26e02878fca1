import { html, nothing } from 'lit'
import { msg, str } from '@lit/localize'
import type { ApiError } from '../api-client.js'
import type { Locale } from '../localization.js'
import { formatClock } from './format.js'

/** What went wrong, in plain words; `notFound` says what a 404 means where it happened. */
export function failureText(error: ApiError, locale: Locale, notFound: string): string {
  if (error.status === 0) return msg('Er is geen verbinding. Kijk of uw internet werkt en probeer het opnieuw.')
  if (error.status === 404) return notFound
  if (error.status === 429)
    return error.retryAfterSeconds
      ? msg(str`U heeft het te vaak geprobeerd. Probeer het om ${formatClock(new Date(Date.now() + error.retryAfterSeconds * 1000), locale)} opnieuw.`)
      : msg('U heeft het te vaak geprobeerd. Probeer het later opnieuw.')
  if (error.status >= 500) return msg('Er ging bij ons iets mis. Probeer het later opnieuw.')
  return error.problem.detail ?? msg('Dat lukte niet. Probeer het opnieuw.')
}

/** A 404 after a successful look-up: the concern or the code is gone, for instance after erasure elsewhere. */
export const goneText = () => msg('Deze melding is niet meer te vinden met dit kenmerk en deze code.')

/** An error that stopped the last action; it gets focus so a screen reader reads it at once. */
export const failureAlert = (text: string | undefined) =>
  text ? html`<div class="alert" part="alert" id="follow-up-error" tabindex="-1"><p>${text}</p></div>` : nothing

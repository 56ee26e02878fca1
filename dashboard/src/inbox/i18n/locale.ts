import { LOCALES, type Locale } from '@klankbord/contract/vocabulary'
import { setRequestLanguage } from '../api/http.js'
import { en } from './messages-en.js'
import { nl, type Messages } from './messages-nl.js'

const CATALOGUES: Record<Locale, Messages> = { nl, en }
const STORAGE_KEY = 'klankbord-inbox-locale'

/** Fired on window after the language changed, so every component renders again. */
export const LOCALE_CHANGE_EVENT = 'kb-locale-change'

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'nl'
  } catch {
    return 'nl'
  }
}

let current: Locale = storedLocale()
setRequestLanguage(current)

export const locale = (): Locale => current

/** The messages in the current language. */
export const t = (): Messages => CATALOGUES[current]

export function setLocale(next: Locale): void {
  current = next
  setRequestLanguage(next)
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Private mode may refuse storage; the choice then lasts until reload.
  }
  document.documentElement.lang = next
  window.dispatchEvent(new Event(LOCALE_CHANGE_EVENT))
}

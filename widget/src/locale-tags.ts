import { RESIDENT_INTL_TAGS } from '@klankbord/contract/vocabulary'
import type { Locale } from './localization.js'

// Apart from localization.ts: only the chunks loaded on interaction use these, so the first load does not carry them.

/** The tag for dates and times (`Intl`); Arabic keeps Latin digits, as in references and codes. */
export const intlTag = (locale: Locale): string => RESIDENT_INTL_TAGS[locale]

/** The API speaks Dutch and English: other languages ask it for English (and store the concern's language as such). */
export const apiLocale = (locale: Locale): 'nl' | 'en' => (locale === 'nl' ? 'nl' : 'en')

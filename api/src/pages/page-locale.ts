import { RESIDENT_INTL_TAGS, RESIDENT_LANGUAGE_NAMES, type ResidentLocale } from '@klankbord/contract/vocabulary'
import { acceptedLanguages } from '../http/language.js'

/** The resident's languages in the order of the switch. */
export const PAGE_LOCALES = Object.keys(RESIDENT_LANGUAGE_NAMES) as ResidentLocale[]

export const isPageLocale = (value: unknown): value is ResidentLocale => typeof value === 'string' && (PAGE_LOCALES as string[]).includes(value)

/** The language asked for in the link or form, else the first of the browser's languages the pages speak, else Dutch. */
export function pageLocale(asked: string | undefined, acceptLanguage: string | undefined): ResidentLocale {
  if (isPageLocale(asked)) return asked
  return acceptedLanguages(acceptLanguage).find(isPageLocale) ?? 'nl'
}

export const directionOf = (locale: ResidentLocale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr')

export const intlTag = (locale: ResidentLocale): string => RESIDENT_INTL_TAGS[locale]

/** The API's own messages and the stored concern speak Dutch or English. */
export const apiLocaleOf = (locale: ResidentLocale): 'nl' | 'en' => (locale === 'nl' ? 'nl' : 'en')

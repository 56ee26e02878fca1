import { RESIDENT_LANGUAGE_NAMES, type ResidentLocale } from '@klankbord/contract/vocabulary'

/** The resident's languages in the order of the switch. */
export const PAGE_LOCALES = Object.keys(RESIDENT_LANGUAGE_NAMES) as ResidentLocale[]

export const isPageLocale = (value: unknown): value is ResidentLocale => typeof value === 'string' && (PAGE_LOCALES as string[]).includes(value)

/** The language asked for in the link or form, else the first of the browser's languages the pages speak, else Dutch. */
export function pageLocale(asked: string | undefined, acceptLanguage: string | undefined): ResidentLocale {
  if (isPageLocale(asked)) return asked
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { base: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.base).find(isPageLocale) ?? 'nl'
}

export const directionOf = (locale: ResidentLocale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr')

/** The tag for dates and times; Arabic keeps Latin digits, as in references and codes (the widget does the same). */
export const intlTag = (locale: ResidentLocale): string =>
  ({ nl: 'nl-NL', en: 'en-GB', pl: 'pl-PL', tr: 'tr-TR', ar: 'ar-u-nu-latn', uk: 'uk-UA' })[locale]

/** The API's own messages and the stored concern speak Dutch or English. */
export const apiLocaleOf = (locale: ResidentLocale): 'nl' | 'en' => (locale === 'nl' ? 'nl' : 'en')

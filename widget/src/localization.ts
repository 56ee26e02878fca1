import { configureLocalization } from '@lit/localize'
import { RESIDENT_LANGUAGE_NAMES } from '@klankbord/contract/vocabulary'
import { sourceLocale, targetLocales } from './generated/locale-codes.js'

export type Locale = typeof sourceLocale | (typeof targetLocales)[number]

/** Each language is its own chunk, loaded only when chosen: a Dutch page loads none of them. */
const LOADERS: Record<(typeof targetLocales)[number], () => Promise<{ templates: Record<string, unknown> }>> = {
  en: () => import('./generated/locales/en.js'),
  pl: () => import('./generated/locales/pl.js'),
  tr: () => import('./generated/locales/tr.js'),
  ar: () => import('./generated/locales/ar.js'),
  uk: () => import('./generated/locales/uk.js'),
}

function configure() {
  try {
    return configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => LOADERS[locale as keyof typeof LOADERS]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    })
  } catch {
    // A second copy of the script (another URL) may not configure again; its element is never defined anyway.
    return { getLocale: () => sourceLocale, setLocale: async () => {} }
  }
}

/** One locale per page: lit-localize keeps it globally. */
export const { getLocale, setLocale } = configure()

/** The languages in the switch, in this order, each named in itself. */
export const LANGUAGE_NAMES: Record<Locale, string> = RESIDENT_LANGUAGE_NAMES

const LOCALES = Object.keys(LANGUAGE_NAMES) as Locale[]

/** Maps a BCP 47 tag to a supported locale, or undefined. */
export const supportedLocale = (tag: string | null | undefined): Locale | undefined =>
  LOCALES.find((locale) => tag?.toLowerCase().split('-')[0] === locale)

/** Maps any BCP 47 tag to a supported locale; Dutch when it is none of them. */
export const toLocale = (tag: string | null | undefined): Locale => supportedLocale(tag) ?? sourceLocale

/** Writing direction of a locale. */
export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr')

/**
 * The widget's language: its own `lang` attribute, else the first of the browser's languages the widget speaks, else the
 * host page's `<html lang>`, else Dutch.
 */
export const chooseLocale = (attribute: string, browser: readonly string[], page: string): Locale =>
  supportedLocale(attribute) ?? browser.map(supportedLocale).find(Boolean) ?? toLocale(page)

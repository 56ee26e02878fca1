import { configureLocalization } from '@lit/localize'
import { sourceLocale, targetLocales } from './generated/locale-codes.js'

export type Locale = typeof sourceLocale | (typeof targetLocales)[number]

function configure() {
  try {
    return configureLocalization({ sourceLocale, targetLocales, loadLocale: () => import('./generated/locales/en.js') })
  } catch {
    // A second copy of the script (another URL) may not configure again; its element is never defined anyway.
    return { getLocale: () => sourceLocale, setLocale: async () => {} }
  }
}

/** One locale per page: lit-localize keeps it globally. English loads as a separate chunk. */
export const { getLocale, setLocale } = configure()

/** Maps any BCP 47 tag to a supported locale; Dutch unless it is English. */
export const toLocale = (tag: string | null | undefined): Locale => (tag?.toLowerCase().startsWith('en') ? 'en' : 'nl')

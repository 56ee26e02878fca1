import type { Locale } from './localization.js'

/** The contract's labels are Dutch and English; the other languages show the English ones until the contract has theirs. */
export const labelsIn = <T>(table: { nl: T; en: T }, locale: Locale): T => (locale === 'nl' ? table.nl : table.en)

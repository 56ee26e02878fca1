/** Sentences that several charts share, in plain Dutch (B1) and English. */
import type { Locale } from '@klankbord/contract/vocabulary'

export const say = (locale: Locale, nl: string, en: string): string => (locale === 'en' ? en : nl)

/** Joins the sentences that are present into one paragraph. */
export const sentences = (...parts: readonly (string | false | undefined | null)[]): string => parts.filter(Boolean).join(' ')

/** A headline whose figure is withheld: it says so and states no number. "Signalen in 2026: aantal afgeschermd". */
export const withheldHeadline = (locale: Locale, subject: { nl: string; en: string }, what: 'count' | 'counts' | 'share' = 'count'): string =>
  what === 'share'
    ? say(locale, `${subject.nl}: aandeel afgeschermd`, `${subject.en}: share withheld`)
    : what === 'counts'
      ? say(locale, `${subject.nl}: aantallen afgeschermd`, `${subject.en}: numbers withheld`)
      : say(locale, `${subject.nl}: aantal afgeschermd`, `${subject.en}: number withheld`)

export const domainNotApplied = (locale: Locale, domainLabel: string): string =>
  say(
    locale,
    `Deze cijfers zijn er niet per domein: u ziet alle domeinen samen, niet alleen ‘${domainLabel}’.`,
    `These figures are not available per domain: you see all domains together, not only ‘${domainLabel}’.`,
  )

export const emptyTitle = (locale: Locale, year: string | undefined): string =>
  year ? say(locale, `Nog geen cijfers voor ${year}`, `No figures for ${year} yet`) : say(locale, 'Nog geen cijfers', 'No figures yet')

export const emptySummary = (locale: Locale): string =>
  say(locale, 'Voor deze keuze zijn er nog geen gepubliceerde cijfers. Kies een ander jaar of een andere gemeente.', 'There are no published figures for this choice yet. Choose another year or municipality.')

/** " in Gennep" when one municipality is chosen, nothing for all together. */
export const inPlace = (locale: Locale, municipality: string): string => (municipality === '*' ? '' : say(locale, ` in ${municipality}`, ` in ${municipality}`))

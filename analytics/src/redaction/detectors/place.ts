import { PRIORITY, type Candidate } from '../candidate.js'
import { isOrdinaryWord, isTypoOfOrdinaryWord, isVerbForm } from '../lexicon/ordinary-word.js'
import { AREA_ENDINGS, GENERIC_AREA_HEADS } from '../lists/area-compounds.js'
import { LOOSE_STREET_SUFFIXES, NOT_STREETS, STREET_NAME_TITLES } from '../lists/street-suffixes.js'
import { INSTITUTION_NOUNS } from '../lists/institutions.js'
import { PLACE_CUES } from '../lists/place-cues.js'
import { lexicon } from '../lexicon/lexicon.js'
import { inKeptPlaceName, isCompound, isFirstName, isKeptPlace, isLocalPlace, isNotName, isOwnFirstName, isStreetWord, isSurname, isUnknownWord, isWeakPlace, isWordPlace, startsLocalPlacePhrase } from '../names/lookup.js'
import { isSentenceStart } from '../names/sentence-start.js'
import { tokenize, type Token } from '../names/tokenize.js'
import { writtenInCapitals } from '../names/capitals.js'

// Words after which a place name follows: "in Heijen", "uit Ottersum", "tussen Gennep en Heijen".
const CUES = new Set(['in', 'uit', 'naar', 'te', 'tussen', 'van', 'vanuit', 'richting', 'rond', 'buiten', 'nabij', 'bij', 'achter', 'út', 'from', 'to', 'at', 'near', 'around'])
// Words that say the next capitalised words name a part of a municipality, known to us or not: "de wijk Overvecht".
const AREA_NOUNS = new Set([
  'wijk', 'woonwijk', 'buurt', 'dorp', 'dorpje', 'kern', 'kerkdorp', 'stadsdeel', 'gehucht', 'buurtschap', 'wijken', 'dorpen', 'kernen',
  'village', 'neighbourhood', 'neighborhood', 'district',
])
// Cues that say a place follows, where "bij", "van" or "met" may also take an organisation.
const PLACE_FIELDS = new Set(['woonplaats', 'wijk', 'plaats', 'dorp', 'woonwijk', 'buurt', 'stadsdeel', 'woonachtig', 'kern', 'city', 'town', 'village', 'residence'])
// "wijkteam Ouwerkerk", "wijkcentrum Bospolder": a neighbourhood's own team or centre is named after it.
const TEAM_NOUNS = new Set(['wijkteam', 'wijkcentrum', 'buurtteam', 'gebiedsteam'])
const STRONG_CUES = new Set(['in', 'uit', 'te', 'naar', 'vanuit', 'richting', 'buiten', 'nabij', 'rond', 'achter', 'from', 'near', 'around', 'út'])
const POSTCODE_DIGITS = /^[1-9]\d{3}$/
const POSTCODE_LETTERS = /^[A-Za-z]{2}$/

/**
 * Villages, districts and neighbourhoods: the places below the municipality, where a few words can point at one
 * household. Municipalities, provinces and countries stay (policy in README.md).
 */
export function detectPlaces(text: string, out: Candidate[]): void {
  if (!/\p{L}{3}/u.test(text)) return
  const tokens = tokenize(text)
  let previousPlaceEnd = -1
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (!token.isWord || token.text.length < 2) continue
    // "aan de Jan van Galenstraat" (a street without a number), "Sas van Gent" (a village of several words).
    const phrase = Math.max(streetPhraseEnd(tokens, i), localPlacePhraseEnd(tokens, i))
    if (phrase > i) {
      out.push({ type: 'PLAATS', start: token.start, end: tokens[phrase - 1]!.end, priority: PRIORITY.NAAM + 1 })
      previousPlaceEnd = phrase
      i = phrase - 1
      continue
    }
    // "het dorp Zeeland": after "dorp" or "wijk" even a province's or municipality's name is a village.
    if (isKeptPlace(token.lower) && !(token.isCapitalised && AREA_NOUNS.has(tokens[i - 1]?.lower ?? ''))) continue
    const living = livingIn(tokens, i)
    // "ik woon in hoograven": in lower case after a verb of living, a village or a word no list knows.
    // "wij wonen in lent", "woont in DIEREN": there a village that is also a word is the village.
    const livingLowerCase = living && !token.isCapitalised && (isLocalPlace(token.lower) || isWordPlace(token.lower) || (!token.isAllCaps && isUnknownWord(token.lower)))
    const end = living && token.isCapitalised ? capitalisedRun(tokens, i) : livingLowerCase ? i + 1 : placeEnd(tokens, i, previousPlaceEnd)
    if (end <= i || inKeptPlaceName(tokens, i)) continue
    if (tokens[end]?.spaced && INSTITUTION_NOUNS.has(tokens[end]!.lower)) continue
    // "ik woon in Zelhem", "in Dokkum": where someone lives, or a known village after "in" or "uit", is a place even
    // if the word is also a surname.
    // A capitalised word after "in" or "uit" names a place more often than a family, unless it is a given name.
    // "in de Bijlmer": the article between the cue and the place changes nothing.
    const cueAt = /^(?:de|het|'t)$/.test(tokens[i - 1]?.lower ?? '') && token.isCapitalised ? i - 2 : i - 1
    const afterCue = PLACE_CUES.has(tokens[cueAt]?.lower ?? '') && (isLocalPlace(token.lower) || !isOwnFirstName(token.lower))
    const listedAfterPlace = previousPlaceEnd >= 0 && previousPlaceEnd === i - 1 && /^(?:en|of|and|or|,)$/.test(tokens[i - 1]!.lower)
    const knownAfterCue = afterCue || listedAfterPlace || beforeMunicipalityInBrackets(tokens, i) || afterPostcode(tokens, i) || inBracketsBesidePlace(tokens, i)
    out.push({ type: 'PLAATS', start: token.start, end: tokens[end - 1]!.end, priority: living || knownAfterCue ? PRIORITY.NAAM + 1 : PRIORITY.PLAATS })
    previousPlaceEnd = end
    i = end - 1
  }
}

// In a text written in capitals a word in capitals counts as capitalised.
const upper = (tokens: readonly Token[], token: Token) => token.isCapitalised || (token.isAllCaps && token.text.length > 2 && writtenInCapitals(tokens))

function placeEnd(tokens: readonly Token[], i: number, previousPlaceEnd: number): number {
  const token = tokens[i]!
  const capitalised = upper(tokens, token)
  // "in de Bijlmer", "uit het Oude Westen": the article between the cue and the place is skipped.
  const article = tokens[i - 1] !== undefined && /^(?:de|het|'t)$/.test(tokens[i - 1]!.lower) && capitalised
  const before = article ? tokens[i - 2] : tokens[i - 1]
  const cue = before !== undefined && CUES.has(before.lower)
  // "inwoners van Heijen en Milsbeek", "Heijen, Milsbeek": a list goes on after a place.
  const listed = previousPlaceEnd >= 0 && (previousPlaceEnd === i - 1 || previousPlaceEnd === i - 2) && before !== undefined && /^(?:en|of|and|or|,)$/.test(before.lower)
  // "in Kruiskamp en Graafsewijk": the next capitalised word in a list of places is a place too.
  if (listed && capitalised && !isNotName(token.lower) && !isOwnFirstName(token.lower)) return i + 1
  // "uit baexem, milheeze en elsendorp": in lower case too, a word no list knows or a village that goes on the list.
  if (listed && !capitalised && !token.isAllCaps && token.text.length >= 4 && (isLocalPlace(token.lower) || isUnknownWord(token.lower)) && !isCompound(token.lower) && !isTypoOfOrdinaryWord(token.lower) && !isFirstName(token.lower)) return i + 1
  // "in de buurt van kralingen", "in de omgeving van Lemmer": around a place.
  const around = before?.lower === 'van' && /^(?:buurt|omgeving|haven|centrum|richting)$/.test(tokens[i - 2]?.lower ?? '')
  if (around && (capitalised ? !isNotName(token.lower) && !isOwnFirstName(token.lower) && (isLocalPlace(token.lower) || isWordPlace(token.lower) || isUnknownWord(token.lower)) : isLocalPlace(token.lower) || (isUnknownWord(token.lower) && !isCompound(token.lower)))) return i + 1
  const area = before !== undefined && AREA_NOUNS.has(before.lower)
  const postcode = afterPostcode(tokens, i)
  // "Sociaal Wijkteam Oost", "WIJKTEAM NIET": a direction or a word is no neighbourhood's name.
  if (capitalised && (area || postcode) && !isNotName(token.lower)) return capitalisedRun(tokens, i)
  // "wijkteam Gennep-Noord" is the team's name; a neighbourhood after it must be one the lists know, or no word at all.
  const team = before !== undefined && TEAM_NOUNS.has(before.lower)
  if (capitalised && team && !isNotName(token.lower) && !isCompound(token.lower) && (isLocalPlace(token.lower) || isWordPlace(token.lower) || isUnknownWord(token.lower))) return i + 1
  // "Eindhoven (Woensel)", "Kosten (Kruiningen, Reimerswaal)": a district in brackets after its town, or before its
  // municipality, is a place whatever the name lists say.
  if (capitalised && !isNotName(token.lower) && inBracketsBesidePlace(tokens, i)) return i + 1
  // "3601bk maarssen": in lower case after a postcode, a village or a word no list knows.
  if (postcode && !token.isAllCaps && (isLocalPlace(token.lower) || isUnknownWord(token.lower))) return i + 1
  // A street without a house number is still a place below the municipality: "in de Kerkstraat".
  if (capitalised && isStreetWord(token.lower) && !NOT_STREETS.has(token.lower)) return i + 1
  // "ik woon in Heijen": after "in", "uit" or "te" a capitalised word no list knows is a place (names go first).
  if (capitalised && before !== undefined && PLACE_CUES.has(before.lower)) {
    // A family name after "in" is rare, a neighbourhood no list knows is not ("in Malburgen", "uit Transvaal"); inside
    // a sentence a capitalised word there is a name even when it is also a word ("uit Zuilen", "in Stratum").
    const named = isUnknownWord(token.lower) || (!isSentenceStart(tokens, i - 1) && !isNotName(token.lower) && !article)
    if (named && !isOwnFirstName(token.lower)) return article ? capitalisedRun(tokens, i) : i + 1
    // "uit het Oude Westen": capitalised words after an article name a neighbourhood.
    if (article && capitalisedRun(tokens, i) > i + 1) return capitalisedRun(tokens, i)
  }
  // "Stokhasselt (Tilburg)", "prinsenbeek (breda)": a place named with its municipality in brackets.
  if (beforeMunicipalityInBrackets(tokens, i) && (capitalised || !isOrdinaryWord(token.lower) || cue)) return i + 1
  // "uit kanaleneiland", "in lunetten": in lower case after "in", "uit" or "naar", a word no list knows.
  // Places are often compounds ("moordrecht", "hoograven"), so a compound counts here too.
  if (!capitalised && before !== undefined && STRONG_CUES.has(before.lower) && !article && !isLocalPlace(token.lower) && isUnknownWord(token.lower) && !isTypoOfOrdinaryWord(token.lower) && !isFirstName(token.lower)) return i + 1
  const lowerArticle = /^(?:de|het|'t)$/.test(tokens[i - 1]?.lower ?? '') && STRONG_CUES.has(tokens[i - 2]?.lower ?? '')
  if (!capitalised && !token.isAllCaps && lowerArticle && isNamedAreaCompound(token.lower)) return i + 1
  // "in de bijlmer", "uit de kolenkit": in lower case after a cue and an article, a word no list knows and no
  // compound of words we know ("in de schuldsanering") names a neighbourhood.
  if (!capitalised && !token.isAllCaps && lowerArticle && token.text.length >= 4 && isUnknownWord(token.lower) && !isCompound(token.lower) && !isTypoOfOrdinaryWord(token.lower) && !isFirstName(token.lower)) return i + 1
  if (!isLocalPlace(token.lower)) return -1
  // "woonplaats: malden", "wijk: IJsselmonde": a form's place field, in any casing.
  if (tokens[i - 1]?.text === ':' && PLACE_FIELDS.has(tokens[i - 2]?.lower ?? '') && !isNotName(token.lower)) return capitalised ? capitalisedRun(tokens, i) : i + 1
  // "(statushouder, Kanaleneiland)", "(Kruiningen, Reimerswaal)", "Enter, gem. Wierden": closing a note's bracket or
  // before a municipality, a place the dictionary lists like a brand is the place.
  const inBracketsAfterMunicipality = tokens[i - 1]?.text === '(' && isKeptPlace(tokens[i - 2]?.lower ?? '') && tokens[i + 1]?.text === ')'
  if (capitalised && isWeakPlace(token.lower) && ((tokens[i - 1]?.text === ',' && closesWithPlace(tokens, i + 1)) || inBracketsAfterMunicipality)) return i + 1
  // "schuld bij Ziggo", "door het Werkplein": a brand the dictionary lists like a place needs a place's cue.
  // "in de Bijlmer": a capitalised one after a cue and an article is a place too.
  if (isWeakPlace(token.lower) && !(before !== undefined && STRONG_CUES.has(before.lower) && (!article || capitalised)) && !listed) return -1
  if (capitalised || token.isAllCaps) {
    if (isNotName(token.lower)) return -1
    // At a sentence's start a capital says nothing, so the word must be no ordinary word and no name.
    return cue || listed || !isSentenceStart(tokens, i) || (!isOrdinaryWord(token.lower) && !isFirstName(token.lower) && !isSurname(token.lower)) ? i + 1 : -1
  }
  // In lower case only right after a cue, and only where the word means nothing else ("ik woon in ottersum"); a
  // listed village counts as a word only when the dictionary has it as it stands ("gemert" is no form of "meren").
  // A village the place lists hold that the dictionary has only as a proper noun ("renesse") counts too.
  // In lower case a brand is rarely written, so after a strong cue a place the dictionary lists like a brand counts.
  const strongCue = before !== undefined && STRONG_CUES.has(before.lower) && before.lower !== 'te'
  return (cue || listed) && (!isOrdinaryWord(token.lower, false) || (strongCue && !isWordPlace(token.lower) && !isVerbForm(token.lower) && !lexicon().englishWords.has(token.lower))) ? i + 1 : -1
}

/**
 * "in de schilderswijk", "uit de vogelbuurt": in lower case after a cue and an article, a compound ending in "wijk",
 * "buurt" or "kwartier" names one neighbourhood, unless its head names a kind ("nieuwbouwwijk").
 */
function isNamedAreaCompound(lower: string): boolean {
  const ending = AREA_ENDINGS.find((end) => lower.endsWith(end))
  if (ending === undefined || lower.length < ending.length + 3 || isOrdinaryWord(lower, false)) return false
  const head = lower.slice(0, -ending.length)
  return !GENERIC_AREA_HEADS.has(head) && !GENERIC_AREA_HEADS.has(head.replace(/s$/, '')) && !GENERIC_AREA_HEADS.has(head.replace(/e$/, ''))
}

const STREET_PREPOSITIONS = new Set(['aan', 'op', 'in', 'naar', 'over', 'langs', 'via', 'uit', 'vanaf', 'at', 'on'])
const STREET_PARTICLES = new Set(['van', 'der', 'den', 'de', "'t", 'ter', 'ten', 'la', 'le'])
const looseStreet = new RegExp(`^\\p{L}{2,}(?:${LOOSE_STREET_SUFFIXES.join('|')})$`, 'u')

/**
 * A street named without a house number, after "aan de", "op de", "over het" …: capitalised words and particles
 * up to a street word ("Jan Pieterszoon Coenstraat", "Pastoor van Arskade", "Nieuwe Binnenweg", "Binnenpad"), or
 * in lower case a street word with the adjectives before it ("lange nieuwstraat", "sluisweg").
 */
function streetPhraseEnd(tokens: readonly Token[], i: number): number {
  const article = tokens[i - 1]
  if (!article || !/^(?:de|het|'t|the)$/.test(article.lower) || !STREET_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '')) return -1
  const first = tokens[i]!
  const capitalised = first.isCapitalised || (first.isAllCaps && first.text.length > 2)
  for (let k = i; k < i + 5 && k < tokens.length; k++) {
    const word = tokens[k]!
    if (!word.isWord || (k > i && !word.spaced)) return -1
    const lower = word.lower
    const streetWord = isStreetWord(lower) || ((capitalised || word.isCapitalised) && looseStreet.test(lower))
    // "aan de Ombudsman Metropool Amsterdam": a municipality is no street, whatever its ending.
    if (streetWord && !NOT_STREETS.has(lower) && !isKeptPlace(lower) && (word.isCapitalised || word.isAllCaps) === capitalised) return k + 1
    // Between: capitalised name words and particles, or in lower case the adjectives street names start with.
    const fits = capitalised ? word.isCapitalised || word.isAllCaps || (k > i && STREET_PARTICLES.has(lower)) : STREET_NAME_TITLES.has(lower)
    if (!fits) return -1
  }
  return -1
}

/** "Sas van Gent", "Sint Nicolaasga", "Almere Buiten": a village of more than one word, as GeoNames lists it. */
function localPlacePhraseEnd(tokens: readonly Token[], i: number): number {
  // In lower case only right after "in", "uit" or "naar": "ik woon in sas van gent".
  const cued = STRONG_CUES.has(tokens[i - 1]?.lower ?? '')
  if (!(tokens[i]!.isCapitalised || cued) || !startsLocalPlacePhrase(tokens[i]!.lower)) return -1
  // "in de wijk" is no "De Wijk" (Drenthe): in lower case a phrase may start with a word like "de" only after a cue
  // and before a word that is no ordinary word ("woon in de meern").
  if (!tokens[i]!.isCapitalised && isNotName(tokens[i]!.lower) && !(cued && tokens[i + 1] !== undefined && !isOrdinaryWord(tokens[i + 1]!.lower, false))) return -1
  for (let length = 4; length >= 2; length--) {
    const words = tokens.slice(i, i + length)
    if (words.length < length || !words.every((word, k) => k === 0 || word.spaced)) continue
    if (isLocalPlace(words.map((word) => word.lower).join(' '))) return i + length
  }
  return -1
}

function inBracketsBesidePlace(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== '(') return false
  const town = tokens[i - 2]
  // "Humanitas (Stefan)": a brand the dictionary lists like a place is no town, and a given name is a person.
  const afterTown = town !== undefined && (isKeptPlace(town.lower) || (isLocalPlace(town.lower) && !isWeakPlace(town.lower))) && tokens[i + 1]?.text === ')' && !isOwnFirstName(tokens[i]!.lower)
  return afterTown || commaBeforeMunicipality(tokens, i + 1)
}

const closesWithPlace = (tokens: readonly Token[], k: number) => tokens[k]?.text === ')' || commaBeforeMunicipality(tokens, k)

// ", Reimerswaal)", ", gem. Wierden": the municipality a place before it lies in.
function commaBeforeMunicipality(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1]
  return tokens[k]?.text === ',' && after !== undefined && (/^(?:gem|gemeente)$/.test(after.lower) || isKeptPlace(after.lower))
}

export function beforeMunicipalityInBrackets(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== '(' || isFirstName(tokens[i]!.lower)) return false
  // "consulent Marloes Schellekens (gemeente Meierijstad)": a surname after a given name, where she works.
  const previous = tokens[i - 1]
  if (previous?.isCapitalised && tokens[i]!.spaced && isOwnFirstName(previous.lower) && !isLocalPlace(previous.lower)) return false
  // "(Tilburg)", "(gemeente Haarlemmermeer)"
  // "(gem. Terneuzen)" too.
  const k = tokens[i + 2]?.lower === 'gemeente' ? i + 3 : tokens[i + 2]?.lower === 'gem' ? (tokens[i + 3]?.text === '.' ? i + 4 : i + 3) : i + 2
  const municipality = tokens[k]
  return municipality !== undefined && isKeptPlace(municipality.lower) && tokens[k + 1]?.text === ')'
}

// "6591 AB Ottersum", "6591AB Ottersum", "3081 GL (Tarwewijk)"
function afterPostcode(tokens: readonly Token[], i: number): boolean {
  const bracket = tokens[i - 1]?.text === '(' && tokens[i]!.adjacent ? 1 : 0
  const letters = tokens[i - 1 - bracket]
  const digits = tokens[i - 2 - bracket]
  if (!letters || !digits || !(bracket ? tokens[i - 1]!.spaced : tokens[i]!.spaced)) return false
  if (POSTCODE_LETTERS.test(letters.text) && POSTCODE_DIGITS.test(digits.text)) return true
  return /^[1-9]\d{3}[A-Za-z]{2}$/.test(letters.text)
}

// "Het Oude Westen", "Nieuw-Bergen", "Sint Agatha": up to three capitalised words.
function capitalisedRun(tokens: readonly Token[], i: number): number {
  let end = i + 1
  while (end < i + 3 && tokens[end]?.spaced && tokens[end]!.isCapitalised && !isNotName(tokens[end]!.lower)) end++
  return end
}

const LIVING = new Set(['woon', 'woont', 'wonen', 'woonde', 'woonden', 'woonachtig', 'kom', 'komt', 'komen', 'kwam', 'kwamen', 'verhuisd', 'verhuist', 'verhuizen', 'live', 'lives', 'lived', 'living', 'moved'])

// "woon in", "kom uit", "verhuisd naar", "woont nu in"
function livingIn(tokens: readonly Token[], i: number): boolean {
  const cue = tokens[i - 1]
  if (!cue || !(PLACE_CUES.has(cue.lower) || cue.lower === 'naar' || cue.lower === 'to')) return false
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (LIVING.has(tokens[k]!.lower)) return true
    if (!tokens[k]!.isWord) return false
  }
  return false
}

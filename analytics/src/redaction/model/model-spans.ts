import type { PersonalDataType } from '@klankbord/contract'
import { isOrdinaryWord } from '../lexicon/ordinary-word.js'
import { lexicon } from '../lexicon/lexicon.js'
import { DURATION_AFTER } from '../detectors/age.js'
import { NUMBER_WORDS } from '../detectors/number-words.js'
import { BRAND_SURNAMES, INSTITUTION_NOUNS } from '../lists/institutions.js'
import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { FORMAL_TITLES, ROLE_TITLES } from '../lists/titles.js'
import { inKeptPlaceName, isFirstName, isKeptPlace, isNotName, isSurname } from '../names/lookup.js'
import { particleAt } from '../names/particles.js'
import { isSentenceStart } from '../names/sentence-start.js'
import { writtenInCapitals } from '../names/capitals.js'
import type { Token } from '../names/tokenize.js'
import { MODEL_LABELS } from './labels.js'

export type ModelSpan = { type: PersonalDataType; start: number; end: number }

const NUMBER_WORD = new RegExp(`^${NUMBER_WORDS}$`, 'iu')
const AGE_UNITS = /^(?:jaar|jr|jaren|maand|maanden|mnd|week|weken|years?|months?|weeks?|yo|anderhalf|half)$/
// What a number counts when it is no age: children, hours, kilometres, floors, times, members, money.
const COUNTED: ReadonlySet<string> = new Set(
  'kinderen kids kinders zoons zonen dochters jongens meisjes broers zussen broertjes zusjes children sons daughters uur uren u km kilometer meter hoog keer maal minuten min dagen leden members euro eur procent personen mensen people stuks brieven maanden weken jaren times hours miles'.split(' '),
)
const PARENTS = /^(?:moeder|vader|ouders|ouder|mama|papa|mother|father|mum|mom|dad|parents?)$/

/**
 * The model's labels as spans, held to what each kind can be: the model weighs evidence, these are the shapes no
 * evidence changes. A name is words (with an initial's dot), never a title, a relative, a municipality or an ordinary
 * word opening a sentence on its own; an age holds a number and is no duration ("3 jaar ziek"); a place is words
 * that are no municipality. Punctuation ends a span, so "Daan's fiets" or "Awet," stay out.
 */
export function modelSpans(text: string, tokens: readonly Token[], labels: Uint8Array): ModelSpan[] {
  const spans: ModelSpan[] = []
  let i = 0
  while (i < tokens.length) {
    const label = labels[i]!
    if (label === 0) {
      i++
      continue
    }
    const type = MODEL_LABELS[label] as PersonalDataType
    let end = i
    while (end < tokens.length && labels[end] === label && fits(tokens, end, type, i)) end++
    if (end === i) {
      i++
      continue
    }
    const kept = plausibleEnd(text, tokens, i, end, type)
    if (kept > i) spans.push({ type, start: tokens[i]!.start, end: tokens[kept - 1]!.end })
    i = end
  }
  return spans
}

// Whether token k may be part of a span of this type that started at `from`.
function fits(tokens: readonly Token[], k: number, type: PersonalDataType, from: number): boolean {
  const token = tokens[k]!
  if (k > from && !(token.spaced || token.adjacent)) return false
  if (type === 'LEEFTIJD') return /^\d{1,3}$/.test(token.text) || NUMBER_WORD.test(token.lower) || (k > from && AGE_UNITS.test(token.lower))
  // "J.P.": an initial's dot belongs to the name.
  if (token.text === '.') return k > from && token.adjacent && /^\p{Lu}$/u.test(tokens[k - 1]!.text)
  if (!token.isWord) return false
  const lower = token.lower
  if (inKeptPlaceName(tokens, k)) return false
  // "Gennep-Noord": a municipality or a direction joined to a word is a district's or team's name, not a person's.
  if (type === 'NAAM' && lower.includes('-') && lower.split('-').some((part) => isKeptPlace(part) || isNotName(part))) return false
  if (isNotName(lower) || isKeptPlace(lower) || FORMAL_TITLES.has(lower) || ROLE_TITLES.has(lower) || PERSON_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower) || BRAND_SURNAMES.has(lower)) return particleAt(tokens, k, true) !== undefined && k > from
  if (k > from) {
    // "Jansen said": a capitalised span goes on in capitals (particles aside), a lower-case one in lower case.
    const first = tokens[from]!
    if ((first.isCapitalised || first.isAllCaps) !== (token.isCapitalised || token.isAllCaps) && particleAt(tokens, k, true) === undefined) return false
  }
  return true
}

// The end of the span as far as it is plausible (a name loses a trailing particle), or -1.
function plausibleEnd(text: string, tokens: readonly Token[], start: number, end: number, type: PersonalDataType): number {
  const ok = plausible(text, tokens, start, trimmed(tokens, start, end, type), type)
  return ok ? trimmed(tokens, start, end, type) : -1
}

// "Mark de datum": a name ends in a name word, not in a particle.
function trimmed(tokens: readonly Token[], start: number, end: number, type: PersonalDataType): number {
  while (type === 'NAAM' && end > start + 1 && particleAt(tokens, end - 1, true) !== undefined) end--
  return end
}

function plausible(text: string, tokens: readonly Token[], start: number, end: number, type: PersonalDataType): boolean {
  const words = tokens.slice(start, end).filter((token) => token.isWord)
  if (type === 'LEEFTIJD') {
    if (!tokens.slice(start, end).some((token) => /^\d/.test(token.text) || NUMBER_WORD.test(token.lower))) return false
    // "kamer 1.12", "€ 12,50", "14:30": a number glued to another is part of a bigger one.
    const glued = (token: Token | undefined, next: Token | undefined) => token !== undefined && next !== undefined && next.adjacent && /^[.,:/–—-]$/.test(token.text) !== /^[.,:/–—-]$/.test(next.text)
    if (glued(tokens[start - 1], tokens[start]) || glued(tokens[end - 1], tokens[end])) return false
    const next = tokens[end]
    // "met haar drie kinderen", "10 uur", "3 km", "14 020", "2)": a count, a time, a distance, a number or a list's item.
    if (next?.spaced && (/^\d/.test(next.text) || COUNTED.has(next.lower))) return false
    if (next?.text === ')' && (start === 0 || tokens[start]!.newline || /^[.:;!?]$/.test(tokens[start - 1]!.text))) return false
    const before = tokens[start - 1]?.lower ?? ''
    // "tussen 9 en 10", "om 10", "vader van twee": a time of day, or how many children someone has.
    if (/^(?:tussen|om|vanaf|tot|between|at|nummer|nr|no|kamer|groep|week|dag|day|pagina|blz|bijlage|artikel|hoofdstuk|stap|fase|vraag|punt|lid|versie|ronde|bus|lijn|klas|page|step|room|bus)$/.test(before)) return false
    if (/^(?:van|of)$/.test(before) && PARENTS.test(tokens[start - 2]?.lower ?? '')) return false
    // "10 jaar geleden", "3 jaar ziek": a duration, also when the model left the unit out.
    const after = text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 32).replace(/^\s*(?:jaar|jr|maanden|maand|weken|years?|months?)(?![\p{L}])/u, '')
    // "47 jaar gewerkt", "10 jaar gewoond": a past participle after the unit makes it a duration.
    return !DURATION_AFTER.test(after) && !/^\s+ge\p{L}{3,}(?:d|t|en)(?![\p{L}])/u.test(after)
  }
  if (words.length === 0) return false
  // "=HYPERLINK(", "@fatma", "IBAN": glued to a symbol it is code or an address; one word in capitals in a text that
  // is not written in capitals is an abbreviation.
  if (tokens[start]!.adjacent && /^[=@#/:.+-]$/.test(tokens[start - 1]?.text ?? '')) return false
  if (words.length === 1 && words[0]!.isAllCaps && !writtenInCapitals(tokens)) return false
  // A lone letter is an initial, a list's item or an abbreviation: the rules decide on those.
  if (words.every((token) => token.text.length === 1)) return false
  // "Sint Maarten", "Albert Heijn", "het Albert Schweitzer ziekenhuis": a saint, a brand, an institution.
  const before = tokens[start - 1]?.lower ?? ''
  const after = tokens[end]
  if (before === 'sint' || before === 'st' || (after?.spaced && (BRAND_SURNAMES.has(after.lower) || INSTITUTION_NOUNS.has(after.lower)))) return false
  // "Winter is koud", "Bijlage (2)", "Mark de datum": one ordinary word opening a sentence says nothing by its capital.
  // "de roos heeft doornen", "de bakker op de hoek": in lower case, an ordinary word is a name or place only where
  // the rules say so; after an article it is the thing itself.
  if (words.every((token) => !token.isCapitalised && !token.isAllCaps)) {
    if (/^(?:de|het|een|die|deze|dit|dat|the|a|an)$/.test(before)) return false
    // "Mrs. Jansen said": a lower-case word right after a capitalised one goes on the sentence.
    const previous = tokens[start - 1]
    if (previous?.isCapitalised && tokens[start]!.spaced) return false
    if (words.some((token) => isOrdinaryWord(token.lower) && (type !== 'NAAM' || lexicon().englishWords.has(token.lower) || !(isFirstName(token.lower) || isSurname(token.lower))))) return false
  }
  // The rules know when such a word names someone ("Sterk heeft de klacht ingetrokken").
  if (words.length === 1 && isSentenceStart(tokens, start) && isOrdinaryWord(words[0]!.lower)) return false
  return true
}

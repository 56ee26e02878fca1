import { PRIORITY, type Candidate } from '../candidate.js'
import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { FORMAL_TITLES } from '../lists/titles.js'
import { isCaselessName, isFirstName, isWordLikeFirstName } from '../names/lookup.js'
import { AGE_ADVERBS, NUMBER_WORDS } from './number-words.js'

const DIGITS = '\\d{1,3}(?:[,.]5)?(?:\\s?-\\s?\\d{1,3})?'
// "2 ½", "2½": a child's half year.
const HALF = '\\s?½'
const MONTHS = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)'
// The same patterns for ages in digits and in words; the word patterns run only on texts that hold a number word.
const IN_DIGITS = agePatterns(DIGITS)
const IN_WORDS = agePatterns(NUMBER_WORDS)
const HAS_NUMBER_WORD = new RegExp(`(?<![\\p{L}])${NUMBER_WORDS}(?:jarige?|ste|de)?(?![\\p{L}])`, 'iu')
const PRONOUNS: ReadonlySet<string> = new Set(['ik', 'hij', 'zij', 'ze', 'wij', 'i', 'he', 'she', 'me', 'mij'])
const PERSON_BEFORE = /(?<![\p{L}])(?:ik|hij|zij|ze|mijn|m'n|mn|me|zijn|z'n|haar|i|he|she|my|his|her)(?![\p{L}])/iu
const sentenceBefore = (text: string, end: number) => text.slice(Math.max(0, end - 80), end).split(/[.!?\n]/).at(-1) ?? ''
export const DURATION_AFTER = /^\s*(?:geleden|lang|later|eerder|terug|op|in|bij|zonder|niet|ago|on|in|without|al\b|nog\b|ziek|werkloos|bezig|wacht)/i
const RANGE_AFTER = /^\s*(?:tot|t\/m|-|–|to)\s*\d/i
const NOT_A_PERSON_AFTER_JARIG = /^(?:bestaan|jubileum|huwelijk|dienstverband|contract|project|verband|feest|jubilea|lidmaatschap)$/i

// "71 en 68 jaar", "3, 7 en 11": ages of several people in a row.
function ageList(number: string): string {
  const item = `${number}(?:\\s*(?:jaar|years?))?`
  return `${item}(?:\\s*,\\s*${item})*(?:\\s+(?:en|and|&)\\s+${item})?`
}

function agePatterns(number: string) {
  return {
    // "83-jarige", "11-12 jarige", "12,5-jarige"; "-jarig" without e only when no "bestaan" or "jubileum" follows.
    jarige: new RegExp(`(?<![\\p{L}\\p{N},.])(${number}\\s?-?\\s?jarig(e?))(?![\\p{L}])(?:\\s+(\\p{L}+))?`, 'giu'),
    // "83 jaar oud", "6,5 jaar oud", "83 years old"
    yearsOld: new RegExp(`(?<![\\p{L}\\p{N},.])(${number}\\s*(?:jaar|jr\\.?|years?|maanden|maand|months?|weken|weeks?))(?=\\s+(?:oud|old)(?![\\p{L}]))`, 'giu'),
    // "ik ben 83 jaar", "mijn moeder is 91", "leeftijd: 83", "I am 83": only where the sentence stops after the age,
    // because "ik ben 2 jaar ziek" or "zij is 3 jaar bezig" state a duration.
    stated: new RegExp(
      `(?:\\b(?:(?:ik\\s+)?(?:ben|word|werd)|i\\s+am|i'm|he's|she's|(?:hij|zij|ze|die|he|she)\\s+(?:is|was|wordt|werd)|(\\p{L}+)\\.?\\s+(?:is|was|wordt|werd)|leeftijd(?:\\s+van)?\\s*:?|age(?:d)?\\s*:?)\\s+(?:${AGE_ADVERBS}\\s+)*)(${number}(?:\\s+(?:and\\s+a\\s+half|en\\s+een\\s+half|en\\s+half))?(?:\\s*(?:jaar|jr\\.?|years?|yo|y\\/o|y\\.o\\.)|${HALF})?)(?=\\s*$|\\s*[.,;!?)/"'”’»]|\\s+[–—-]\\s|\\s*\\p{Extended_Pictographic}|\\s+(?:en|and|oud|old|geworden|maar|but|jong|young)\\b)`,
      'giu',
    ),
    // "mijn zoon van 8", "Marja van 71": after a person noun or a first name, "van" + number is an age unless a unit follows.
    personOf: new RegExp(`(\\p{L}+)\\s+(?:van|of)\\s+(?:(?:bijna|ruim|pas|net|al|ongeveer|over|amper|nog geen|almost|just)\\s+)?(${number}(?:\\s*(?:jaar|jr\\.?|maanden|mnd|months|weken|weeks|dagen|days)|${HALF})?|(?:een|één|anderhalf|half)\\s+jaar)(?![\\p{N}]|[.,]\\p{N}|\\s*(?:euro|eur|€|%|procent|keer|uur|minuten|dagen|weken|maand|meter|km|kilo|x)(?![\\p{L}]))`, 'giu'),
    // "Nu is hij 17", "dan wordt ze 18": the verb before its subject.
    inverted: new RegExp(`(?<![\\p{L}])(?:is|was|wordt|werd)\\s+(?:hij|zij|ze|ik)\\s+(?:(?:nu|al|pas|net|bijna|dan|precies)\\s+)*(${number}(?:\\s*(?:jaar))?)(?=\\s*$|\\s*[.,;!?)]|\\s+(?:en|oud|geworden)(?![\\p{L}]))`, 'dgiu'),
    // "toen ik 18 werd", "die 12 is", "when she was 7" is the other way round: the number before the verb.
    before: new RegExp(`\\b(?:ik|hij|zij|ze|die|je|jij|i|he|she)\\s+(?:(?:nu|al|pas|net|bijna|nog|maar|zelf|inmiddels)\\s+)*(${number}(?:\\s*(?:jaar|years?))?)\\s+(?:werd|was|ben|is|wordt|word|turned|became)(?![\\p{L}])`, 'dgiu'),
    // "a 45-year-old man", "my 7 year old son"
    yearOld: new RegExp(`(?<![\\p{L}\\p{N}])(${number}(?:-years?-old| year old))(?![\\p{L}])`, 'giu'),
    // "met mijn 82 jaar", "met haar tachtig"
    withAge: new RegExp(`(?<![\\p{L}])(?:met|with)\\s+(?:mijn|m'n|zijn|z'n|haar|hun|my|his|her)\\s+(${number}(?:\\s*(?:jaar|jr\\.?|years?))?)(?![\\p{L}\\p{N}])`, 'giu'),
    // "mijn moeder 82 jaar, woont alleen": a person and an age with its unit, without a verb.
    personAge: new RegExp(`(\\p{L}+)\\s+(${number}\\s*(?:jaar|jr\\.?|years?))(?![\\p{L}\\p{N}])`, 'giu'),
    // "mijn vader, 82 jaar, valt", "Daan, 7 jaar oud": an age set off by commas after a person.
    apposition: new RegExp(`(\\p{L}+),\\s+(${number}\\s*(?:jaar|jr\\.?|years?))(?=\\s*[,.;)]|\\s*$|\\s+(?:oud|old|en|and)(?![\\p{L}]))`, 'giu'),
    // "mijn zoon wordt in maart 18", "ik word volgende maand 65", "hij werd in mei 70": turning an age at a time.
    turning: new RegExp(`(?<![\\p{L}])(?:word|wordt|werd|turns?|turned)\\s+(?:(?:(?:in|op|over|na|begin|eind|half|volgende?|deze|dit|next|this|in)\\s+){1,2}(?:\\d{1,2}\\s+)?\\p{L}+|(?:op\\s+)?\\d{1,2}\\s+${MONTHS}|dan|straks|binnenkort|then|soon)\\s+(${number}(?:\\s*(?:jaar|years?))?)(?=\\s*$|\\s*[.,;!?)"'”’»]|\\s+(?:en|and|maar|but)(?![\\p{L}]))`, 'giu'),
    // "en wordt 18 in april", "turns 65 next month": the age first, then when.
    turningAfter: new RegExp(`(?<![\\p{L}])(?:word|wordt|turns?)\\s+(${number})(?=\\s+(?:(?:in|op|begin|eind|half)\\s+(?:\\d{1,2}\\s+)?${MONTHS}|volgende\\s+(?:week|maand)|over\\s+\\p{L}+\\s+(?:weken|maanden|dagen)|binnenkort|next\\s+(?:week|month)|in\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))(?![\\p{L}]))`, 'giu'),
    // "we zijn 71 en 68 jaar", "mijn man en ik zijn beiden 74", "de kinderen zijn 3, 7 en 11 jaar"
    together: new RegExp(`(?<![\\p{L}])(?:ik|we|wij|zij|ze|jullie|they|kinderen|kids|ouders|zonen|zoons|dochters|jongens|meisjes|broers|zussen|kleinkinderen|children|sons|daughters)\\s+(?:zijn|waren|are|were)\\s+(?:(?:allebei|beiden|beide|samen|nu|al|bijna|both|now)\\s+)*(${ageList(number)})(?=\\s*$|\\s*[.,;!?)]|\\s+(?:oud|old|en|and)(?![\\p{L}]))`, 'dgiu'),
    // One age of such a list.
    listItem: new RegExp(`${number}(?:\\s*(?:jaar|years?))?`, 'giu'),
    // "is vorige week zeventig geworden", "turned 65": becoming an age.
    became: new RegExp(`(?<![\\p{L}])(?:(?:is|ben|bent|was|zijn)\\s+(?:[\\p{L}]+\\s+){0,3}?(${number})\\s+geworden|turned\\s+(${number})|(?:ik|je|u|hij|zij|ze)\\s+(${number})\\s+(?:is|ben|bent|was)\\s+geworden)(?![\\p{L}\\p{N}])`, 'dgiu'),
    // "May (geen typfout, zo heet ze) is 16", "ilias (mijn jongste) is 9": a remark in brackets between a person and the age.
    afterRemark: new RegExp(`(\\p{L}+)\\s*\\([^()]{1,80}\\)\\s+(?:is|was|wordt|werd)\\s+(?:${AGE_ADVERBS}\\s+)*(${number}(?:\\s*(?:jaar|jr\\.?))?)(?=\\s*$|\\s*[.,;!?)]|\\s+(?:en|oud|geworden)(?![\\p{L}]))`, 'dgiu'),
    // "mijn moeder is blind en 81 jaar": a state, then the age with its unit.
    stateAndAge: new RegExp(`(\\p{L}+)\\s+(?:is|was)\\s+\\p{L}+\\s+(?:en|and)\\s+(${number}\\s*(?:jaar|jr\\.?|years?))(?![\\p{L}\\p{N}])`, 'dgiu'),
    // "15 is ze, 15!": the age first.
    ageFirst: new RegExp(`(?<![\\p{L}\\p{N},.])(${number})\\s+(?:is|was|wordt|werd)\\s+(?:ze|hij|zij|ie)(?![\\p{L}])`, 'dgiu'),
    // "leeftijd: 52 /", "leeftijd kinderen: 12, 9, 3": a form's age field, with one age or several.
    field: new RegExp(`(?<![\\p{L}])(?:leeftijd|age)(?:\\s+\\p{L}+)?\\s*:\\s*(${ageList(number)})(?=\\s*$|\\s*[.;/|)\\n]|\\s*,\\s*\\p{L})`, 'dgiu'),
    // "ik ben mo, 19 jaar", "i'm Dana, 34": someone introducing themselves, then their age.
    introduced: new RegExp(`(?<![\\p{L}])(?:ik\\s+ben|ik\\s+heet|mijn\\s+naam\\s+is|i\\s+am|i'm|my\\s+name\\s+is)\\s+\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2}(?:,\\s*\\p{L}+){0,2},\\s+(${number}(?:\\s*(?:jaar|jr\\.?|years?|yo|y\\/o|y\\.o\\.))?)(?=\\s*$|\\s*[.,;!?)]|\\s+(?:oud|old|en|and)(?![\\p{L}]))`, 'dgiu'),
    // "mijn vader, achtenzeventig, kan": a bare number set off by two commas after a person.
    bareApposition: new RegExp(`(\\p{L}+),\\s+(?:(?:precies|pas|net|bijna|ruim)\\s+)?(${number})(?=\\s*,)`, 'giu'),
  }
}

// "mijn moeder (91)", "Daan (8)", "mevrouw Jansen (82 jaar)"
// "De kinderen (3, 6 en 8)", "Esmee (pas 19)", "Vader (negenenzeventig)"
const IN_BRACKETS = new RegExp(
  `(\\p{L}+)\\.?\\s?\\((?:(?:pas|net|bijna|ruim|nu|al)\\s+)?(\\d{1,3}(?:\\s?(?:jaar|jr\\.?|j\\.?|years?|mnd|maanden|months?|weken|weeks?)|${HALF})?|${NUMBER_WORDS}(?:\\s+(?:jaar|maanden|weken))?|anderhalf)(?:\\)|(?=(?:\\s*(?:,|en|and|&)\\s*\\d{1,3}(?:\\s*(?:jaar|jr\\.?|years?))?)+\\s*\\)))`,
  'giu',
)
// "(mijn schoonvader, 76)", "(buurvrouw, 75)", "(de zoon, 27)", "(tweeling, 14)": a relative and an age in brackets.
const ROLE_AND_AGE = new RegExp(`\\((?:(?:mijn|m'n|haar|zijn|z'n|hun|de|het|een|my|her|his|the)\\s+)?(\\p{L}+)\\s*,\\s*(\\d{1,3}(?:\\s?(?:jaar|jr\\.?|years?|mnd|maanden))?|${NUMBER_WORDS})\\s*\\)`, 'giu')
// "Glenn (17, autisme)", "Johanna Lansink (85, Rijssen)": a note's bracket after a person opens with the age.
const AGE_OPENS_BRACKET = /(\p{L}+)\.?\s?\((\d{1,3}(?:\s?(?:jaar|jr\.?))?),\s/gu
// "— 57 jr —", "| 36 jr |", "(geb. 19-02-2008, 17 jr)": an age with its unit as a field of a note.
const AGE_FIELD = /(?:^|[—–|;,(]\s*)(\d{1,3}\s?(?:jr\.?|jaar))(?=\s*(?:[—–|;)]|$))/gmu
// "v/29, alleenstaand": a note's sex and age at its start.
const SEX_AND_AGE_OPENING = /(?:^|[\n;]\s*)(?:m|v|man|vrouw)\s*[/,]\s*(\d{1,3})(?=\s*[,;]|\s+\p{Ll})/giu
// "Daan 7 en Sem 4", "Noor 3, Liam 5": a bare number right after a given name.
const AFTER_NAME = /(\p{L}[\p{L}'’-]+),?\s+(\d{1,2}(?:\s*(?:jaar|jr\.?))?)(?=\s*[,;.)]|\s*$|\s+(?:en|and|oud)(?![\p{L}]))/gu
// "inwoner (m, 45)", "(v/62)": the sex and age of a note.
const SEX_AND_AGE = /\((?:m|v|x|man|vrouw|f|male|female)\s*[,/]\s*(\d{1,3}(?:\s*(?:jaar|jr\.?))?)\s*\)/giu
// "op mijn 67e", "sinds haar 12de", "vanaf zijn 18e"
// "op zijn twaalfde", "vanaf haar achttiende": the same in words.
const ORDINAL = new RegExp(
  `(?<![\\p{L}])(?:(?:op|sinds|vanaf|tot|met|voor|na|at|since)\\s+(?:mijn|m'n|zijn|z'n|haar|hun|je|jouw|jullie|my|his|her|their)\\s+(\\d{1,3}(?:e|ste|de|th|st|nd|rd)|(?:${NUMBER_WORDS})(?:ste|de))|(\\d{1,3}(?:e|ste|de))\\s+levensjaar)(?![\\p{L}\\p{N}])`,
  'giu',
)

const AGE_OF = new RegExp(`(?<![\\p{L}])(?:leeftijd|age)\\s+(?:van|of)\\s+(\\d{1,3}|${NUMBER_WORDS})(?![\\p{L}\\p{N}])`, 'giu')

export function detectAges(text: string, out: Candidate[]): void {
  const digits = /\d/.test(text)
  const words = HAS_NUMBER_WORD.test(text)
  if (digits) findAges(text, IN_DIGITS, out)
  if (words) findAges(text, IN_WORDS, out)
  if (!digits && !words) return
  for (const match of text.matchAll(IN_BRACKETS)) {
    const word = match[1]!
    if (!isPersonWord(word) && !PRONOUNS.has(word.toLowerCase()) && !/^\p{Lu}\p{Ll}/u.test(word) && !isFirstName(word.toLowerCase())) continue
    // A word in brackets is an age only after a person ("Vader (negenenzeventig)"), not after "zaak (twee)".
    if (!/^\d/.test(match[2]!) && !isPersonWord(word)) continue
    if (!isAge(match[2]!)) continue
    // "(4 en 6)": the list goes on inside the brackets.
    const start = match.index + match[0].lastIndexOf(match[2]!)
    push(out, start, match[2]!.length, text)
  }
  for (const match of text.matchAll(AFTER_NAME)) {
    const word = match[1]!
    const name = word.toLowerCase()
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word)
    if (!(capitalised ? isFirstName(name) && !isWordLikeFirstName(name) : isCaselessName(name))) continue
    push(out, match.index + match[0].length - match[2]!.length, match[2]!.length)
  }
  for (const match of text.matchAll(ROLE_AND_AGE)) {
    if (!PERSON_NOUNS.has(match[1]!.toLowerCase()) || !isAge(match[2]!)) continue
    push(out, match.index + match[0].lastIndexOf(match[2]!), match[2]!.length)
  }
  for (const match of text.matchAll(AGE_OPENS_BRACKET)) {
    const word = match[1]!
    const person = isPersonWord(word) || PRONOUNS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(word)
    if (person && isAge(match[2]!)) push(out, match.index + match[0].lastIndexOf(match[2]!), match[2]!.length)
  }
  for (const match of text.matchAll(AGE_FIELD)) {
    if (isAge(match[1]!)) push(out, match.index + match[0].lastIndexOf(match[1]!), match[1]!.length)
  }
  for (const match of text.matchAll(SEX_AND_AGE_OPENING)) {
    if (isAge(match[1]!)) push(out, match.index + match[0].lastIndexOf(match[1]!), match[1]!.length)
  }
  for (const match of text.matchAll(SEX_AND_AGE)) {
    if (isAge(match[1]!)) push(out, match.index + match[0].indexOf(match[1]!, 2), match[1]!.length)
  }
  for (const match of text.matchAll(ORDINAL)) {
    const value = match[1] ?? match[2]!
    if (isAge(value)) push(out, match.index + match[0].lastIndexOf(value), value.length)
  }
  // "Op de leeftijd van vijf werd", "op 12-jarige leeftijd": after "leeftijd van" a number is an age, whatever follows.
  for (const match of text.matchAll(AGE_OF)) {
    if (isAge(match[1]!)) push(out, match.index + match[0].length - match[1]!.length, match[1]!.length)
  }
}

function findAges(text: string, patterns: ReturnType<typeof agePatterns>, out: Candidate[]): void {
  for (const match of text.matchAll(patterns.jarige)) {
    if (match[2] === '' && NOT_A_PERSON_AFTER_JARIG.test(match[3] ?? '')) continue
    push(out, match.index, match[1]!.length)
  }
  for (const match of text.matchAll(patterns.yearsOld)) push(out, match.index, match[1]!.length)
  for (const match of text.matchAll(patterns.stated)) {
    const subject = match[1]
    // "Hij heet Youssef en is 17": "en" carries on a sentence about a person.
    const carriedOn = subject !== undefined && /^(?:en|and)$/i.test(subject) && PERSON_BEFORE.test(sentenceBefore(text, match.index))
    // "mijn zoontje storm is 5": the word after a relative is their name, whatever it means otherwise.
    // "mijn vader nus latuheru is 85": the relative may stand before a given name and a surname.
    const wordsBefore = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, match.index - 40), match.index))
    const namedRelative = subject !== undefined && [wordsBefore?.[2], wordsBefore?.[1]].some((word) => word !== undefined && PERSON_NOUNS.has(word.toLowerCase()))
    if (subject !== undefined && !isPersonWord(subject) && !carriedOn && !namedRelative) continue
    const value = match[2]!
    if (!isAge(value)) continue
    push(out, match.index + match[0].length - value.length, value.length, text)
  }
  for (const match of text.matchAll(patterns.personOf)) {
    const value = match[2]!
    if (!isPersonWord(match[1]!) || !isAge(value)) continue
    // "kinderen van 6 tot 12 jaar" is a group, not someone's age.
    if (RANGE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue
    push(out, match.index + match[0].length - value.length, value.length, text)
  }
  for (const match of text.matchAll(patterns.before)) {
    if (isAge(match[1]!)) push(out, match.indices![1]![0], match[1]!.length)
  }
  for (const match of text.matchAll(patterns.yearOld)) push(out, match.index, match[1]!.length)
  for (const match of text.matchAll(patterns.withAge)) {
    if (isAge(match[1]!)) push(out, match.index + match[0].length - match[1]!.length, match[1]!.length)
  }
  for (const match of text.matchAll(patterns.personAge)) {
    if (!isPersonWord(match[1]!) || !isAge(match[2]!)) continue
    // "mijn moeder 3 jaar geleden", "zoon 2 jaar op de wachtlijst" state a time, not an age.
    if (DURATION_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 24))) continue
    push(out, match.index + match[0].length - match[2]!.length, match[2]!.length)
  }
  for (const match of text.matchAll(patterns.inverted)) {
    const span = match.indices?.[1]
    if (span && isAge(match[1]!)) push(out, span[0], span[1] - span[0])
  }
  for (const match of text.matchAll(patterns.turning)) {
    if (isAge(match[1]!)) push(out, match.index + match[0].length - match[1]!.length, match[1]!.length)
  }
  for (const match of text.matchAll(patterns.turningAfter)) {
    if (isAge(match[1]!)) push(out, match.index + match[0].length - match[1]!.length, match[1]!.length)
  }
  for (const match of text.matchAll(patterns.together)) {
    const list = match.indices![1]![0]
    for (const item of match[1]!.matchAll(patterns.listItem)) if (isAge(item[0])) push(out, list + item.index, item[0].length)
  }
  for (const pattern of [patterns.became, patterns.ageFirst]) {
    for (const match of text.matchAll(pattern)) {
      const group = [1, 2, 3].find((k) => match[k] !== undefined)!
      if (isAge(match[group]!)) push(out, match.indices![group]![0], match[group]!.length)
    }
  }
  for (const pattern of [patterns.afterRemark, patterns.stateAndAge]) {
    for (const match of text.matchAll(pattern)) {
      const word = match[1]!
      const person = isPersonWord(word) || PRONOUNS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(word) || isCaselessName(word.toLowerCase())
      if (!person || !isAge(match[2]!)) continue
      const after = match.index + match[0].length
      if (pattern === patterns.stateAndAge && DURATION_AFTER.test(text.slice(after, after + 24))) continue
      push(out, match.indices![2]![0], match[2]!.length)
    }
  }
  for (const match of text.matchAll(patterns.field)) {
    const list = match.indices![1]![0]
    for (const item of match[1]!.matchAll(patterns.listItem)) if (isAge(item[0])) push(out, list + item.index, item[0].length)
  }
  for (const match of text.matchAll(patterns.introduced)) {
    if (isAge(match[1]!)) push(out, match.indices![1]![0], match[1]!.length)
  }
  for (const match of [...text.matchAll(patterns.apposition), ...text.matchAll(patterns.bareApposition)]) {
    if ((!isPersonWord(match[1]!) && !PRONOUNS.has(match[1]!.toLowerCase())) || !isAge(match[2]!)) continue
    push(out, match.index + match[0].length - match[2]!.length, match[2]!.length)
  }
}

// A written-out number is always small enough; digits up to 120.
const isAge = (value: string) => !/^\d/.test(value) || Number.parseInt(value, 10) <= 120
// "mijn moeder", or a given name: "Daan is 7".
// "achterkleinzoon", "stiefdochter", "peetoom": a relative with a prefix is a relative.
const RELATIVE_PREFIX = /^(?:achter|over|stief|schoon|pleeg|peet|groot|half)(?=\p{L}{3})/u
const isPersonWord = (word: string) => PERSON_NOUNS.has(word.toLowerCase()) || PERSON_NOUNS.has(word.toLowerCase().replace(RELATIVE_PREFIX, '')) || FORMAL_TITLES.has(word.toLowerCase()) || (/^\p{Lu}/u.test(word) && isFirstName(word.toLowerCase()) && !isWordLikeFirstName(word.toLowerCase()))

// "kinderen van 3, 5 en 8 jaar": the ages after the first one in a list.
const NEXT_IN_LIST = /^\s*(?:,|en|and|&)\s*(\d{1,3}(?:\s*(?:jaar|jr\.?|years?))?)(?![\p{L}\p{N}]|[.,]\p{N})/iu

function push(out: Candidate[], start: number, length: number, text?: string): void {
  out.push({ type: 'LEEFTIJD', start, end: start + length, priority: PRIORITY.LEEFTIJD })
  if (text === undefined) return
  const next = NEXT_IN_LIST.exec(text.slice(start + length, start + length + 24))
  if (next && isAge(next[1]!)) push(out, start + length + next[0].length - next[1]!.length, next[1]!.length, text)
}

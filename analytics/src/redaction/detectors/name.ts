import { PRIORITY, type Candidate } from '../candidate.js'
import { isEnglishOnlyWord, isOrdinaryWord, isTypoOfOrdinaryWord } from '../lexicon/ordinary-word.js'
import { BRAND_SURNAMES, INSTITUTION_NOUNS } from '../lists/institutions.js'
import { PERSON_NOUNS } from '../lists/person-nouns.js'
import { PLACE_CUES } from '../lists/place-cues.js'
import { FORMAL_TITLES, NAME_LABELS, ROLE_TITLES, SIGN_OFFS } from '../lists/titles.js'
import { inKeptPlaceName, isCaselessName, isCompound, isFirstName, isOwnFirstName, isKeptPlace, isLexiconWordName, isLocalPlace, isUnknownWord, isNotName, isOwnSurname, isPlace, isSurname, isTradeSurname, isWordLikeFirstName, isWordLikeSurname } from '../names/lookup.js'
import { fullNameEnd, initialEnd, isNameWord, surnameEnd, type NameMode } from '../names/parse-name.js'
import { particleAt } from '../names/particles.js'
import { isSentenceStart } from '../names/sentence-start.js'
import { STRONG_TUSSENVOEGSELS } from '../lists/tussenvoegsels.js'
import { tokenize, type Token } from '../names/tokenize.js'
import { writtenInCapitals } from '../names/capitals.js'
import { eastAsianNameEnd } from '../names/east-asian.js'

const DETERMINERS = new Set(['een', 'het', 'die', 'deze', 'dit', 'dat', 'geen', 'elke', 'iedere', 'the', 'a', 'an', 'zo', "'n"])

/**
 * Person names, from context first: a title or role ("mevrouw", "consulent", "mijn zoon"), initials, a listed
 * first name, a particle with a capitalised surname ("van der Berg", "De Vries") or a listed surname. Surnames
 * that are also words ("Bakker", "Visser") need more than a capital at the start of a sentence.
 */
export function detectNames(text: string, out: Candidate[]): void {
  if (!/\p{L}/u.test(text)) return
  const tokens = tokenize(text)
  const push = (from: number, to: number) => {
    // "het Albert Schweitzer ziekenhuis", "de Albert Heijn": a person's name inside an institution's or a shop's name.
    const after = tokens[to]
    if (after?.spaced && (INSTITUTION_NOUNS.has(after.lower) || BRAND_SURNAMES.has(after.lower))) return
    out.push({ type: 'NAAM', start: tokens[from]!.start, end: tokens[to - 1]!.end, priority: PRIORITY.NAAM })
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (!token.isWord) continue
    // "Berg en Dal", "Alphen aan den Rijn": a municipality whose name holds a surname or a particle.
    if (inKeptPlaceName(tokens, i)) continue
    for (const rule of NAME_RULES) rule(tokens, i, push)
  }
}

// "M. (10)", "A. (mijn zoon)", "ik noem hem J.": an initial that stands for a person.
function initialForPerson(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (!/^\p{Lu}$/u.test(token.text) || token.text === 'I' || tokens[i + 1]?.text !== '.' || !tokens[i + 1]!.adjacent) return
  if (tokens[i - 1]?.text === '.' && token.adjacent) return
  const bracket = tokens[i + 2]?.text === '(' ? tokens[i + 3] : undefined
  const before = tokens[i - 1]?.lower ?? ''
  const named = (bracket !== undefined && (/^\d{1,3}$/.test(bracket.text) || /^(?:mijn|m'n|zijn|haar|de|het)$/.test(bracket.lower) || PERSON_NOUNS.has(bracket.lower))) ||
    (/^(?:hem|haar)$/.test(before) && /^(?:noem|noemen|noemde|heet)$/.test(tokens[i - 2]?.lower ?? ''))
  if (named) push(i, i + 1)
}

// "dekker heet hij", "KEVIN heet hij": the name first, then "heet" and the person it names.
function beforeNamingPronoun(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (token.text.length < 2 || FUNCTION_WORDS.has(token.lower) || isNotName(token.lower)) return
  if (!/^(?:heet|heette)$/.test(tokens[i + 1]?.lower ?? '') || !/^(?:hij|zij|ze|ie)$/.test(tokens[i + 2]?.lower ?? '')) return
  push(i, i + 1)
}

/**
 * "Roos (15)", "Xiaoming (9)", "Zomer (consulent)": a capitalised word right before an age or a role in brackets
 * is a person, also when it is a word or no list knows it.
 */
function beforeAgeOrRole(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (!token.isCapitalised || token.text.length < 2 || isNotName(token.lower) || isKeptPlace(token.lower) || PERSON_NOUNS.has(token.lower)) return
  if (FORMAL_TITLES.has(token.lower) || ROLE_TITLES.has(token.lower)) return
  const age = tokens[i + 1]?.text === '(' && /^\d{1,3}$/.test(tokens[i + 2]?.text ?? '') && Number(tokens[i + 2]!.text) <= 120 && /^[),]$/.test(tokens[i + 3]?.text ?? '')
  if (!age && !beforeRoleInBrackets(tokens, i + 1)) return
  // "Bijlage (2)", "Artikel (3)": before an age an ordinary word must be a given name or family name of our own lists.
  if (age && (isOrdinaryWord(token.lower) || isCompound(token.lower)) && !isOwnFirstName(token.lower) && !isOwnSurname(token.lower)) return
  push(i, i + 1)
}

type Push = (from: number, to: number) => void

// "met De Boer", "aan Van Dijk": one talks with, or writes to, a person rather than a shop or a school.
const TALKED_WITH: ReadonlySet<string> = new Set(['met', 'aan', 'tegen', 'door', 'with'])
const POSSESSING: ReadonlySet<string> = new Set(['heeft', 'had', 'hebben'])

// Verbs that say a person did something; "is", "gaat" and "moet" say it of storms and seasons too.
const PERSON_VERBS: ReadonlySet<string> = new Set(
  ('belde belt zei zegt vertelde vertelt vraagt vroeg wil wilde woont woonde kwam komt krijgt kreeg mailde mailt schreef schrijft voelt voelde werkt werkte wacht wachtte huilt huilde heeft had liet laat durft durfde weet wist snapt begrijpt zat zit sliep slaapt lachte vertaalt vertaalde tekende gaf geeft stuurde stuurt bracht brengt haalde meldt meldde vond vindt heeft hebben gezegd zegt belt mailt ' +
    'reageert reageerde antwoordt antwoordde neemt nam beloofde belooft regelt regelde helpt hielp zorgt zorgde denkt dacht hoopt hoopte twijfelt twijfelde ' +
    'weigert weigerde vergat vergeet appt appte sprak spreekt praat praatte luistert luisterde begeleidt begeleidde behandelt behandelde ' +
    'called said asked wants lives came feels works replied answered told helped refused').split(' '),
)
// "Volgens Baas", "volgens brouwer": what follows is someone's word.
const afterPersonPreposition = (tokens: readonly Token[], i: number) => tokens[i]!.spaced && ['volgens', 'namens', 'according'].includes(tokens[i - 1]?.lower ?? '')

// "Zomer (consulent)", "Prins (wijkverpleegkundige)": a role in brackets after the name.
function beforeRoleInBrackets(tokens: readonly Token[], k: number): boolean {
  const role = tokens[k + 1]?.lower ?? ''
  return tokens[k]?.text === '(' && (ROLE_TITLES.has(role) || isCompoundRole(role) || PERSON_NOUNS.has(role))
}

// "Mol is al drie weken ziek": states that only people are in.
const PERSON_STATES: ReadonlySet<string> = new Set(
  'ziek boos overleden zwanger opgenomen geopereerd verhuisd gescheiden getrouwd werkloos dakloos bang verdrietig moe depressief jarig ontslagen geschorst bevallen ill sick pregnant unemployed homeless'.split(' '),
)

function inPersonState(tokens: readonly Token[], after: number): boolean {
  if (!/^(?:is|was|wordt|werd|raakte|raakt)$/.test(tokens[after]?.lower ?? '')) return false
  for (let k = after + 1; k <= after + 5 && tokens[k]?.isWord; k++) if (PERSON_STATES.has(tokens[k]!.lower)) return true
  return false
}

function actsAsPerson(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after]
  if (!next?.spaced) return false
  if (PERSON_VERBS.has(next.lower) || inPersonState(tokens, after)) return true
  // "Wolf van de woningcorporatie wil", "berg van de sociale dienst zegt": someone of an organisation does something.
  if (/^(?:van|bij|of|from)$/.test(next.lower)) {
    for (let k = after + 2; k <= after + 5 && tokens[k]?.isWord; k++) if (PERSON_VERBS.has(tokens[k]!.lower)) return true
  }
  const possessive = tokens[after + 1]
  // "Bloem en haar moeder", "Dijk en ik hebben afgesproken"
  return /^(?:en|and)$/.test(next.lower) && possessive?.spaced === true && /^(?:haar|zijn|hun|ik|her|his|their|i)$/.test(possessive.lower)
}

function titleMode(tokens: readonly Token[], i: number): NameMode | undefined {
  const token = tokens[i]!
  // Capitals are words only in a text written in capitals ("MIJN ZOON DAAN"); elsewhere "DS" is a postcode's letters.
  const lower = token.lower
  // "CLIËNT: JANSEN, P.": a form's label in capitals before its colon is a label in any text.
  const capitalLabel = NAME_LABELS.has(lower) && tokens[i + 1]?.text === ':'
  if (token.isAllCaps && token.text.length > 1 && !writtenInCapitals(tokens) && !capitalLabel) return undefined
  if (SIGN_OFFS.has(lower) && tokens[i + 1]?.text === ',') return 'role'
  if (lower === 'heer') return token.isCapitalised || tokens[i - 1]?.lower === 'de' ? 'title' : undefined
  if (FORMAL_TITLES.has(lower)) return 'title'
  if (ROLE_TITLES.has(lower) || PERSON_NOUNS.has(lower) || isCompoundRole(lower)) return 'role'
  if (NAME_LABELS.has(lower) && tokens[i + 1]?.text === ':') return 'title'
  const previous = tokens[i - 1]?.lower
  if (lower === 'heet' || lower === 'heten' || (lower === 'is' && (previous === 'naam' || previous === 'name'))) return 'role'
  // "MIJN NAAM KEES MULDER": the label without "is" or a colon.
  if ((lower === 'naam' || lower === 'name') && (previous === 'mijn' || previous === 'my') && tokens[i + 1]?.spaced && !/^(?:is|was|staat|:)$/.test(tokens[i + 1]!.lower)) return 'role'
  if ((lower === 'ben' && previous === 'ik') || (lower === 'am' && previous === 'i')) return 'listed'
  // "Dag Bloem,", "Hoi Sanne,", "hey marjolein!!": a greeting before a name and a comma or an exclamation mark.
  if (GREETINGS.has(lower) && /^[,!]$/.test(tokens[i + 2]?.text ?? '') && (i === 0 || tokens[i - 1]!.newline || SENTENCE_MARKS.has(tokens[i - 1]!.text))) return 'role'
  // "met kees hier": who is on the phone.
  if (lower === 'met' && (i === 0 || tokens[i - 1]!.newline || SENTENCE_MARKS.has(tokens[i - 1]!.text) || tokens[i - 1]!.text === ',') && /^(?:hier|here)$/.test(tokens[i + 2]?.lower ?? '')) return 'role'
  // "I'm sajjad", "it's kwame", "this is Amal"
  if (lower === "i'm" || lower === 'im' || (lower === "it's" && tokens[i + 1]?.lower !== 'a') || (lower === 'is' && previous === 'this')) return 'listed'
  return undefined
}

function afterTitle(tokens: readonly Token[], i: number, push: Push): void {
  let mode = titleMode(tokens, i)
  if (!mode) return
  let next = i + 1
  // Skip the title's dot or a label's colon, and stacked titles ("mevrouw dr. Jansen", "consulent mevrouw Smit").
  for (;;) {
    const token = tokens[next]
    // "student. My wife": after a role the dot ends the sentence; only a title's dot is an abbreviation's ("dr.").
    const dot = token?.text === '.' && token.adjacent && titleMode(tokens, next - 1) !== 'role'
    if (token && (dot || token.text === ':' || (token.text === ',' && SIGN_OFFS.has(tokens[i]!.lower)))) next++
    else if (token?.spaced && token.isWord && titleMode(tokens, next) === 'title' && token.lower !== 'heer') {
      mode = 'title'
      next++
    } else break
  }
  // "mijn zoon heet ook Axel", "ze heet eigenlijk Wil"
  if (/^het(?:en)?$/.test(tokens[i]!.lower.replace('heet', 'het')) && tokens[next]?.spaced && NAME_ADVERBS.has(tokens[next]!.lower)) next++
  // "Hij heet volgens mij Van Zwolle"
  if (NAMING.has(tokens[i]!.lower) && tokens[next]?.lower === 'volgens' && /^(?:mij|haar|hem)$/.test(tokens[next + 1]?.lower ?? '')) next += 2
  const first = tokens[next]
  // "Aan: Gemeente Utrecht", "Van: Wijkteam Noord": a mail header names organisations as often as people.
  if (first && MAIL_HEADERS.has(tokens[i]!.lower) && (isOrdinaryWord(first.lower) || isCompound(first.lower) || isNotName(first.lower)) && !isFirstName(first.lower) && !isSurname(first.lower)) return
  const afterSeparator = tokens[next - 1]?.text === ':' || tokens[next - 1]?.text === ','
  if (!first || !(first.spaced || first.newline || (mode !== 'strict' && afterSeparator))) return
  const { end } = fullNameEnd(tokens, next, mode)
  if (end > next) return push(next, end)
  // "de nieuwe juf heet bloem", "KEVIN heet hij" aside: after "heet" the word is a name whatever it means otherwise,
  // unless a thing is called so ("dat heet Wmo").
  if (NAMING.has(tokens[i]!.lower) && !/^(?:het|dat|dit|wat|er|zo)$/.test(tokens[i - 1]?.lower ?? '') && first.isWord && first.text.length >= 2 && !FUNCTION_WORDS.has(first.lower) && !isNotName(first.lower)) return push(next, next + 1)
  // "dr. A": an initial alone after a form of address; "mijn man D.", "(ik noem hem J.)": after a relative, with its dot.
  if (mode === 'title' && /^\p{Lu}$/u.test(first.text)) return push(next, next + 1)
  if (mode === 'role' && /^\p{Lu}$/u.test(first.text) && tokens[next + 1]?.text === '.' && tokens[next + 1]!.adjacent) return push(next, next + 1)
  if (!first.spaced || first.text.length < 3 || FUNCTION_WORDS.has(first.lower) || isNotName(first.lower)) return
  // "Meneer Bank": right after a form of address a capitalised word is a name, even one that is also a word.
  if (mode === 'title' && first.isCapitalised) return push(next, next + 1)
}

const NAMING: ReadonlySet<string> = new Set(['heet', 'heten', 'heette', 'noemen', 'noemt'])
const MAIL_HEADERS: ReadonlySet<string> = new Set(['van', 'aan', 'from', 'to', 'cc'])
const GREETINGS: ReadonlySet<string> = new Set(['dag', 'hoi', 'hallo', 'hey', 'hee', 'hi', 'hello', 'dear', 'beste', 'lieve', 'goedemorgen', 'goedemiddag', 'goedenavond', 'salaam', 'tabe'])
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':'])
// Between "heet" and the name.
const NAME_ADVERBS: ReadonlySet<string> = new Set(['ook', 'nu', 'eigenlijk', 'officieel', 'gewoon', 'trouwens', 'also', 'actually'])
// Words that never start a name, even capitalised right after a title ("mevrouw Is …" does not occur, "Uw" may).
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'en of maar die dat dit deze is was heeft had zei belde wil kan kon moet mag de het een van in op aan met uit voor ook niet nog al er hier daar zo nu dan uw u wij we ik zij ze hij and or but the is was has had'.split(' '),
)
// "Inkomensconsulent", "jeugdzorgwerker", "schuldhulpmedewerker": a compound that ends in a role is a role.
const ROLE_ENDINGS = ['consulent', 'coach', 'begeleider', 'medewerker', 'manager', 'werker', 'verpleegkundige', 'hulpverlener', 'adviseur', 'regisseur', 'ambtenaar', 'coördinator', 'coordinator', 'behandelaar', 'therapeut', 'functionaris', 'deskundige', 'ondersteuner', 'bewindvoerder']
function isCompoundRole(lower: string): boolean {
  for (const ending of ROLE_ENDINGS) if (lower.length > ending.length + 2 && lower.endsWith(ending)) return true
  return false
}

function fromInitials(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  const previous = tokens[i - 1]
  if (previous?.text === '.' && token.adjacent) return
  // "DE 3E KEER": a letter stuck to a number is an ordinal's ending, no initial.
  if (token.adjacent && previous !== undefined && /^\d+$/.test(previous.text)) return
  if (/^\p{Lu}$/u.test(token.text) && token.text !== 'I' && tokens[i + 1]?.spaced) {
    // "A Visser", "A De Jong": a bare capital before a listed surname.
    const end = surnameEnd(tokens, i + 1, 'strict')
    const surname = tokens[end - 1]
    if (end > 0 && surname && isSurname(surname.lower)) push(i, end)
    return
  }
  if (initialEnd(tokens, i) < 0) return lowerCaseInitial(tokens, i, push)
  if (spelledAbbreviation(tokens, i)) return
  // "P. HOEKMAN", "W. JANSMA": in a text in capitals a word no list knows after initials is the surname.
  const { end, words } = fullNameEnd(tokens, i, writtenInCapitals(tokens) ? 'role' : 'strict')
  if (end > 0 && words > 0) push(i, end)
}

// "T.N.V.", "I.V.M.", "O.A.": abbreviations written as initials.
const ABBREVIATED = new Set(['tnv', 'ivm', 'oa', 'dwz', 'zsm', 'mbt', 'tav', 'nav', 'ivm', 'vwb', 'ipv', 'bv', 'ca', 'nl', 'ps', 'pa', 'eg', 'ie'])
function spelledAbbreviation(tokens: readonly Token[], i: number): boolean {
  let letters = ''
  for (let k = i; k < i + 8 && /^\p{L}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && (k === i || tokens[k]!.adjacent); k += 2) letters += tokens[k]!.lower
  return ABBREVIATED.has(letters)
}

// "ingediend door j. de vries": in lower case, one initial before a listed surname (with its particle).
function lowerCaseInitial(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (!/^\p{Ll}$/u.test(token.text) || tokens[i + 1]?.text !== '.' || !tokens[i + 1]!.adjacent || tokens[i - 1]?.adjacent) return
  if (tokens[i + 2]?.adjacent) return
  let k = i + 2
  const particle = particleAt(tokens, k, false)
  if (particle) k += particle.length
  const surname = tokens[k]
  if (surname?.spaced && !surname.isCapitalised && isSurname(surname.lower) && !isNotName(surname.lower)) push(i, k + 1)
}

function fromFirstName(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (!token.isCapitalised || !isFirstName(token.lower) || isNotName(token.lower)) return
  // "Oma Riet", "Tante Gerda": the relative or title is no part of the name (afterTitle finds the name).
  if (PERSON_NOUNS.has(token.lower) || FORMAL_TITLES.has(token.lower) || ROLE_TITLES.has(token.lower)) return
  if (isSaint(tokens, i)) return
  if (inOrganisationName(tokens, i)) return
  const { end, words } = fullNameEnd(tokens, i, 'strict')
  if (end < 0) return
  // Inside a sentence, after a lower-case word that is no article, a capital says more than the dictionary does:
  // "Eindelijk kwam Storm met nieuws".
  const midSentence = !isSentenceStart(tokens, i) && !afterDeterminer(tokens, i) && tokens[i - 1]?.isWord === true && !tokens[i - 1]!.isCapitalised && !tokens[i - 1]!.isAllCaps && !PLACE_CUES.has(tokens[i - 1]!.lower) && !(tokens[i + 1]?.spaced && tokens[i + 1]!.isCapitalised)
  const doubtful = words < 2 && isWordLikeFirstName(token.lower) && (isSentenceStart(tokens, i) || afterDeterminer(tokens, i) || (isLexiconWordName(token.lower) && !midSentence))
  // "Roos belde", "Storm wil niet naar school", "Bloem en haar moeder": a verb people do, or a relative, follows.
  if (doubtful && (afterDeterminer(tokens, i) || !actsAsPerson(tokens, end))) return
  push(i, end)
}

function fromParticle(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (/^[dD]['’]\p{Lu}/u.test(token.text) && !isNotName(token.lower)) return push(i, i + 1)
  const particle = particleAt(tokens, i, false)
  if (!particle) return
  const surname = tokens[i + particle.length]
  if (!surname?.spaced || !isNameWord(surname, 'strict')) return
  const listed = isSurname(surname.lower)
  const strong = STRONG_TUSSENVOEGSELS.has(particle.phrase)
  const start = isSentenceStart(tokens, i)
  // A capitalised "De" before an unlisted word mostly names an organisation ("huisartsenpraktijk De Linde").
  const weakArticle = /^(?:de|het|den|'t|ter|ten)$/.test(particle.phrase)
  // "De Koning heeft …", "huisartsenpraktijk De Linde": an article before an ordinary word names a thing, not a family.
  // "De Boer zei", "met De Boer gesproken": a verb people do, or talking with someone, says it is the family.
  // "De Koning heeft de vrijwilligers bedankt" speaks of the king: "heeft" alone is not enough here.
  const verb = tokens[i + particle.length + 1]?.lower ?? ''
  const personContext = (actsAsPerson(tokens, i + particle.length + 1) && !POSSESSING.has(verb)) || afterPersonPreposition(tokens, i) || (!start && TALKED_WITH.has(tokens[i - 1]?.lower ?? ''))
  if (weakArticle && (start || particle.capitalised) && isWordLikeSurname(surname.lower) && !(listed && personContext)) return
  // "de moeder van Liam": after a relative "van" says whose; the name is the given name alone.
  if (particle.phrase === 'van' && !particle.capitalised && PERSON_NOUNS.has(tokens[i - 1]?.lower ?? '') && isFirstName(surname.lower) && !isOwnSurname(surname.lower)) {
    return push(i + particle.length, i + particle.length + 1)
  }
  // "als zoon van Mbarek Ait Taleb": after a relative and "van" a capitalised word no list knows starts a name.
  if (particle.phrase === 'van' && !particle.capitalised && PERSON_NOUNS.has(tokens[i - 1]?.lower ?? '') && surname.isCapitalised && isUnknownWord(surname.lower) && !isLocalPlace(surname.lower)) {
    const { end } = fullNameEnd(tokens, i + particle.length, 'role')
    return push(i + particle.length, Math.max(end, i + particle.length + 1))
  }
  // "de lening van de Kredietbank", "de balie van de Stadswinkel": "van de" before a compound names an organisation.
  if (/^van (?:de|het|den)$/.test(particle.phrase) && !particle.capitalised && !listed && isCompound(surname.lower)) return
  const accepted = particle.capitalised ? listed || (!start && !weakArticle && (strong || !isPlace(surname.lower))) : listed || strong
  if (!accepted) return
  // "van Zhou Jun": the given name's syllables go with the family name.
  const end = Math.max(surnameEnd(tokens, i, 'strict'), eastAsianNameEnd(tokens, i + particle.length, false))
  if (end > i) push(i, end)
}

function fromSurname(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  const capitalised = token.isCapitalised || (token.isAllCaps && writtenInCapitals(tokens) && token.text.length > 2)
  // "hoek zegt dat mijn aanvraag weg is", "berg van de sociale dienst zegt": in lower case a listed family name
  // opens a sentence as its subject when a verb people do follows.
  if (!capitalised && !token.isAllCaps && isSentenceStart(tokens, i) && isOwnSurname(token.lower) && !isNotName(token.lower) && actsAsPerson(tokens, i + 1)) return push(i, i + 1)
  // "van dam van het wijkteam heeft gezegd": the same with its particle.
  const particle = !capitalised && !token.isAllCaps && isSentenceStart(tokens, i) ? particleAt(tokens, i, false) : undefined
  const afterParticle = particle ? tokens[i + particle.length] : undefined
  // "de bos heeft veel bomen": an article is no particle here.
  if (particle && !/^(?:de|het|den|'t)$/.test(particle.phrase) && afterParticle?.spaced && isSurname(afterParticle.lower) && !isNotName(afterParticle.lower) && actsAsPerson(tokens, i + particle.length + 1)) return push(i, i + particle.length + 1)
  if (!capitalised || !isSurname(token.lower) || isNotName(token.lower) || isSaint(tokens, i)) return
  if (inOrganisationName(tokens, i)) return
  if (isWordLikeSurname(token.lower) && !afterPersonPreposition(tokens, i)) {
    if (afterDeterminer(tokens, i)) return
    // "Sterk heeft de klacht ingetrokken", "KOK HEEFT GEZEGD": a verb people do says it is the family.
    if ((isLexiconWordName(token.lower) || (isSentenceStart(tokens, i) && !isTradeSurname(token.lower))) && !actsAsPerson(tokens, i + 1) && !beforeRoleInBrackets(tokens, i + 1)) return
  }
  // "Nguyen Van Minh", "Tran Thi Mai": the name goes on after a surname written first.
  const { end } = fullNameEnd(tokens, i, 'strict')
  push(i, Math.max(i + 1, end))
}

// "Albert Heijn", "Jan Linders": a name inside an organisation's name.
function inOrganisationName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  return next?.spaced === true && next.isCapitalised && isNotName(next.lower) && particleAt(tokens, i + 1, false) === undefined
}

const ARTICLES = new Set([...DETERMINERS, 'de'])

const afterDeterminer = (tokens: readonly Token[], i: number) => {
  const previous = tokens[i - 1]
  return previous !== undefined && ARTICLES.has(previous.lower)
}

/**
 * "ik heb met fatma yilmaz gebeld", "MIJN MOEDER ANNIE DE BOER": in lower case or capitals a listed name that is
 * no ordinary word, with the name words and particles that follow it.
 */
function fromCaselessName(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  // "daan (7)": a listed given name right before an age in brackets, even if it is also a word ("sem", "roos").
  const beforeAge = tokens[i + 1]?.text === '(' && /^\d{1,3}$/.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === ')'
  const childName = beforeAge && isFirstName(token.lower) && !PERSON_NOUNS.has(token.lower) && !isNotName(token.lower)
  if (token.isCapitalised || !(isCaselessName(token.lower) || childName) || PERSON_NOUNS.has(token.lower)) return
  // Capitals name someone in a text written in capitals, or as two names in a row ("NGUYEN THI LAN"); a single
  // word in capitals elsewhere is an abbreviation ("IBAN", "CJG").
  if (token.isAllCaps && !writtenInCapitals(tokens) && !capitalNameBeside(tokens, i)) return
  // "gemeente.nl", "@fatma": a word glued to a dot or at-sign is part of an address, not a name.
  if (token.adjacent && /^[@./]$/.test(tokens[i - 1]?.text ?? '')) return
  // "bij de albert heijn": a shop named after its founder, in lower case too.
  if (tokens[i + 1]?.spaced && BRAND_SURNAMES.has(tokens[i + 1]!.lower)) return
  let end = i + 1
  for (;;) {
    const particle = particleAt(tokens, end, true)
    const next = tokens[end + (particle?.length ?? 0)]
    if (!next?.spaced || next.isCapitalised || !next.isWord) break
    const surname = isSurname(next.lower) && !isNotName(next.lower)
    if (!(particle ? surname : isCaselessName(next.lower) || (surname && isFirstName(token.lower) && !isWordLikeSurname(next.lower)))) break
    end += (particle?.length ?? 0) + 1
  }
  push(i, end)
}

/**
 * "Gisteren kwam Wytse langs": inside a sentence a capitalised word that no list knows (no ordinary word, no place)
 * is a name, unless it belongs to an organisation's name ("Zorggroep Maasoever", "De Brug").
 */
function fromUnknownCapitalised(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (!isUnknownCapitalised(token, true)) return
  const typo = isTypoOfOrdinaryWord(token.lower)
  const previous = tokens[i - 1]
  const next = tokens[i + 1]
  // "Freweyni Gebremedhin": two such words in a row are a given name and a surname; an organisation's name has a
  // word we know ("Zorggroep Maasoever").
  // Two capitalised words no list knows, side by side, are a name even if one is a key away from a word ("Meron").
  const nameAfter = next?.spaced === true && (isUnknownCapitalised(next, true) || (next.isCapitalised && (isSurname(next.lower) || isFirstName(next.lower)) && !isNotName(next.lower) && !isKeptPlace(next.lower)))
  if (nameAfter && !(previous?.spaced && (previous.isCapitalised || previous.isAllCaps) && !isSentenceStart(tokens, i - 1))) {
    return push(i, tokens[i + 2]?.spaced && isUnknownCapitalised(tokens[i + 2]!) ? i + 3 : i + 2)
  }
  if (typo) return
  // At a sentence's start only before a lower-case word ("Wytse belde"), not before more capitals ("Zorggroep Noord").
  if (isSentenceStart(tokens, i) && !(next?.spaced && next.isWord && !next.isCapitalised && !next.isAllCaps)) return
  // After "in", "uit" or "te" it is a place (detectors/place.ts).
  if (previous && PLACE_CUES.has(previous.lower)) return
  const previousStartsSentence = previous !== undefined && isSentenceStart(tokens, i - 1) && isOrdinaryWord(previous.lower)
  // "Rakesh Sitaldin": a given name that only the English word lists hold (from film subtitles) before a surname no
  // list knows; an organisation's name has a Dutch word in it ("Zorggroep Maasoever").
  if (previous?.isCapitalised && token.spaced && isEnglishOnlyWord(previous.lower) && !isKeptPlace(previous.lower) && !isNotName(previous.lower)) return push(i - 1, i + 1)
  if (previous && (previous.isCapitalised || previous.isAllCaps || ARTICLES.has(previous.lower)) && !previous.adjacent && !previousStartsSentence) return
  if (token.adjacent && previous !== undefined && /^[@./:#-]$/.test(previous.text)) return
  if (next?.spaced && (next.isCapitalised || next.isAllCaps)) return
  push(i, i + 1)
}

function isUnknownCapitalised(token: Token, allowTypo = false): boolean {
  if (!token.isCapitalised || token.text.length < 3 || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false
  return isUnknownWord(token.lower) && !isKeptPlace(token.lower) && !isLocalPlace(token.lower) && !isCompound(token.lower) && (allowTypo || !isTypoOfOrdinaryWord(token.lower))
}


// "Sint Maarten", "St. Jan": a saint, so a feast, church, school or street.
function isSaint(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1]
  return tokens[i]!.lower === 'sint' || (previous !== undefined && (previous.lower === 'sint' || previous.lower === 'st'))
}

function capitalNameBeside(tokens: readonly Token[], i: number): boolean {
  const isCapitalName = (token: Token | undefined) => token !== undefined && token.isAllCaps && isCaselessName(token.lower)
  return (tokens[i + 1]?.spaced === true && isCapitalName(tokens[i + 1])) || (tokens[i]!.spaced && isCapitalName(tokens[i - 1]))
}

// Words after which, in lower-case writing, a word no list knows is most often someone's name.
const PERSON_PREPOSITIONS = new Set(['met', 'aan', 'voor', 'bij', 'door', 'namens', 'tegen', 'volgens', 'naar', 'with', 'to'])

/** "ik heb met wytse gebeld": in lower case, after "met", "aan", "bij" … a word no list knows is a name. */
function fromUnknownAfterPreposition(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  const previous = tokens[i - 1]
  if (!previous || !PERSON_PREPOSITIONS.has(previous.lower) || !token.spaced || token.isCapitalised || token.isAllCaps) return
  // "volgens brouwer", "bij kok aangegeven": a family name of our own list, even one that is also a word.
  if (isOwnSurname(token.lower) && !isNotName(token.lower) && !ARTICLES.has(token.lower) && !isFirstName(token.lower)) return push(i, surnameEnd(tokens, i, 'role') > i ? surnameEnd(tokens, i, 'role') : i + 1)
  if (token.text.length < 4 || !/^\p{Ll}+$/u.test(token.text) || !isUnknownWord(token.lower) || isCompound(token.lower) || isLocalPlace(token.lower)) return
  if (isTypoOfOrdinaryWord(token.lower)) return
  push(i, i + 1)
}

// Letters that Dutch, and the French and German words it borrows, never use: Vietnamese, Turkish, Polish, Czech,
// Romanian. A word with one of them in a Dutch text is a name ("Trần Văn Minh", "Ayşe", "Małgorzata").
const FOREIGN_LETTER = /[ăắằẳẵặấầẩẫậđếềểễệốồổỗộơớờởỡợưứừửữựạảẹẻẽỉịĩọỏụủũỳỵỷỹşğıİłżźśćńřťďňůőűțșĂĐƠƯŞĞŁŻŹŚĆŃŘŤĎŇŮŐŰȚȘ]/u

/** A word with such a letter, with the capitalised or unknown words around it that belong to the same name. */
function fromForeignLetters(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (token.text.length < 2 || !FOREIGN_LETTER.test(token.text)) return
  const belongs = (other: Token | undefined) =>
    other !== undefined && other.spaced && other.isWord && other.text.length > 1 && (FOREIGN_LETTER.test(other.text) || ((other.isCapitalised || other.isAllCaps) === (token.isCapitalised || token.isAllCaps) && isUnknownWord(other.lower) && !isPlace(other.lower)))
  let start = i
  while (start > 0 && belongs(tokens[start - 1]) && !FOREIGN_LETTER.test(tokens[start - 1]!.text) && tokens[start]!.spaced) start--
  let end = i + 1
  while (belongs(tokens[end])) end++
  push(start, end)
}

// "Chen Mei Ling", "Bui Thi Mai", "WANG LEI": a family name of East Asian origin first, then the given name's syllables.
function fromEastAsianFamilyName(tokens: readonly Token[], i: number, push: Push): void {
  const end = eastAsianNameEnd(tokens, i, isSentenceStart(tokens, i))
  if (end > i) push(i, end)
}

// "maryan hier.", "Jamilla here (Curaçao)": at a message's or line's start, who is writing, in any casing.
function beforeHere(tokens: readonly Token[], i: number, push: Push): void {
  const token = tokens[i]!
  if (!(i === 0 || tokens[i]!.newline) || token.text.length < 2 || !/^(?:hier|here)$/.test(tokens[i + 1]?.lower ?? '') || !tokens[i + 1]!.spaced) return
  if (!/^[,.!:;(]$/.test(tokens[i + 2]?.text ?? '') && tokens[i + 2] !== undefined) return
  if (FUNCTION_WORDS.has(token.lower) || isNotName(token.lower) || PERSON_NOUNS.has(token.lower) || isKeptPlace(token.lower)) return
  if (!(isFirstName(token.lower) || isSurname(token.lower) || isUnknownWord(token.lower))) return
  push(i, i + 1)
}

// "wie is dekker??", "wie is die Kuiper eigenlijk?": someone asks who a person is.
function afterWhoIs(tokens: readonly Token[], i: number, push: Push): void {
  if (!/^(?:wie|who)$/.test(tokens[i - 2]?.lower ?? '') || !/^(?:is|was|zijn)$/.test(tokens[i - 1]?.lower ?? '')) return
  const k = /^(?:die|deze|that|this)$/.test(tokens[i]!.lower) ? i + 1 : i
  const name = tokens[k]
  if (!name?.spaced || name.text.length < 2 || FUNCTION_WORDS.has(name.lower) || isNotName(name.lower) || PERSON_NOUNS.has(name.lower) || isKeptPlace(name.lower)) return
  if (!/^(?:\?|eigenlijk|nou|nu|dan|toch|anyway)$/.test(tokens[k + 1]?.lower ?? '?')) return
  if (!(isFirstName(name.lower) || isSurname(name.lower) || isUnknownWord(name.lower) || name.isCapitalised)) return
  push(k, k + 1)
}

// Each rule looks at the word at i and pushes the names it is sure of; overlaps are resolved later.
const NAME_RULES: readonly ((tokens: readonly Token[], i: number, push: Push) => void)[] = [
  afterTitle,
  fromInitials,
  fromFirstName,
  fromParticle,
  fromSurname,
  fromCaselessName,
  fromUnknownCapitalised,
  fromUnknownAfterPreposition,
  fromForeignLetters,
  fromEastAsianFamilyName,
  beforeHere,
  afterWhoIs,
  beforeAgeOrRole,
  beforeNamingPronoun,
  initialForPerson,
]

import { PRIORITY, type Candidate } from '../candidate.js'
import { isOrdinaryWord } from '../lexicon/ordinary-word.js'
import { isFirstName, isKeptPlace, isLocalPlace, isNotName, isSurname, isUnknownWord } from '../names/lookup.js'

const WORD = "[\\p{Lu}][\\p{L}'’-]*"
const PARTICLE = "(?:op|den|van|der|de|te|ten|ter|'t|el|ben|la|da|do|dos|OP|DEN|VAN|DER|DE|TE|TEN|TER|'T|EL|BEN|LA|DA|DOS|Op|Van|De|El|Ben|La|Da|Dos)"
// "AZZOUZI, Soufiane", "Op den Camp, Mia", "EL IDRISSI, N.", "Latumahina, R.J.": a register's "surname, given names"
// at the start of a text or a field, before a bracket, a dash, a bar, a comma or the end.
const REGISTER_NAME = new RegExp(
  `(?:^|[:\\n|—–]\\s*|\\s[-–—]\\s+|(?<![\\p{L}])(?:namens|cliënt|client|casus|dossier|betreft)\\s+)` +
    `((?:(?:${PARTICLE}|${WORD})\\s+){0,3}${WORD},\\s+(?:(?:\\p{Lu}\\.){1,4}|${WORD}(?:\\s+${WORD}){0,2}))(?=\\s*$|\\s*[(|—–:,;\\n]|\\s+[-–—]\\s)`,
  'gmu',
)

/** Names written as a register writes them: surname first, then a comma and the given names or initials. */
export function detectRegisterNames(text: string, out: Candidate[]): void {
  if (!text.includes(',')) return
  for (const match of text.matchAll(REGISTER_NAME)) {
    const name = match[1]!
    const comma = name.indexOf(',')
    const given = name.slice(comma + 1).trim()
    const givenWords = given.split(/\s+/)
    // "Linda van Leeuwen, Presikhaaf": a place after the comma is where someone lives, not their given name.
    const plausibleGiven = /^(?:\p{Lu}\.)+$/u.test(given) || givenWords.every((word) => (isFirstName(word.toLowerCase()) || isUnknownWord(word.toLowerCase())) && !isLocalPlace(word.toLowerCase()))
    if (!plausibleGiven) continue
    // "Bericht van Wongsodikromo, Sri": words before the surname that are no part of it are dropped from the front.
    const words = name.slice(0, comma).split(/\s+/)
    for (let first = 0; first < words.length; first++) {
      if (!plausibleSurname(words.slice(first))) continue
      const offset = words.slice(0, first).reduce((length, word) => length + word.length + 1, 0)
      const start = match.index + match[0].length - name.length + offset
      out.push({ type: 'NAAM', start, end: match.index + match[0].length, priority: PRIORITY.NAAM + 1 })
      break
    }
  }
}

const IS_PARTICLE = new RegExp(`^${PARTICLE}$`, 'u')

// "Groet, Froukje", "Geachte heer, Jan": a greeting or a word before the comma is no surname.
function plausibleSurname(words: readonly string[]): boolean {
  const named = words.filter((word) => !IS_PARTICLE.test(word))
  if (named.length === 0 || IS_PARTICLE.test(words.at(-1)!)) return false
  return named.every((word) => {
    const lower = word.toLowerCase()
    if (isNotName(lower) || isKeptPlace(lower)) return false
    const capitals = word.length > 1 && word === word.toUpperCase()
    return isSurname(lower) || isUnknownWord(lower) || (capitals && !isOrdinaryWord(lower))
  })
}

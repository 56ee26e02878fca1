import { lexicon } from './lexicon.js'
import { remembered } from './remembered.js'

// The dictionary lists stems and some forms; plurals, diminutives and verb forms are found by taking off an ending.
const ENDINGS = ['s', "'s", 'en', 'n', 'e', 't', 'te', 'ten', 'de', 'den', 'je', 'jes', 'tje', 'tjes', 'er', 'ste']

/**
 * Whether a lower-case token is an ordinary Dutch (or common English) word, so in a name position it needs more to be
 * a name; with `inflected`, also a form of one ("gebeld", "huizen").
 */
export function isOrdinaryWord(lower: string, inflected = true): boolean {
  const { words, englishWords } = lexicon()
  if (words.has(lower) || englishWords.has(lower)) return true
  // A listed name is only an ordinary word as it stands: "Najat" is no form of "naja".
  if (!inflected) return false
  for (const ending of ENDINGS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending) && (words.has(lower.slice(0, -ending.length)) || hasOpenSyllableStem(lower.slice(0, -ending.length), words))) return true
  }
  // "ge-" participles: "gebeld", "gekomen".
  if (lower.startsWith('ge') && lower.length > 5) {
    const stem = lower.slice(2).replace(/(?:d|t|en)$/, '')
    if (words.has(stem) || words.has(`${stem}en`)) return true
  }
  return false
}

/**
 * "jaren" is "jaar", "bomen" "boom", "huizen" "huis", "brieven" "brief": before an ending Dutch writes a long vowel
 * single and a final f or s as v or z.
 */
function hasOpenSyllableStem(stem: string, words: ReadonlySet<string>): boolean {
  const match = /^(.*[^aeiou])([aeou])([^aeiouy])$/.exec(stem)
  if (!match) return false
  const [, head, vowel, consonant] = match as unknown as [string, string, string, string]
  const final = consonant === 'v' ? 'f' : consonant === 'z' ? 's' : consonant
  return words.has(`${head}${vowel}${vowel}${final}`) || (final !== consonant && words.has(`${head}${vowel}${final}`))
}

/** A word only the English lists hold (from film subtitles, names among them: "rakesh", "sit"), no Dutch word. */
export const isEnglishOnlyWord = (lower: string) => lexicon().englishWords.has(lower) && !lexicon().words.has(lower)

/** "ligt" of "liggen", "werkt" of "werken", "haalt" of "halen": a present-tense form of a verb the dictionary lists. */
export function isVerbForm(lower: string): boolean {
  // "wilde", "belde", "woonde", "werkte": the past tense too.
  if (lower.length > 4 && /[dt]e$/.test(lower)) {
    const past = lower.slice(0, -2)
    if (lexicon().words.has(past) && (lexicon().words.has(`${past}en`) || lexicon().words.has(`${past}${past.at(-1)}en`))) return true
  }
  if (lower.length <= 3 || !lower.endsWith('t')) return false
  const stem = lower.slice(0, -1)
  const { words } = lexicon()
  const shortened = stem.replace(/([aeou])\1(?=[^aeiou]$)/, '$1')
  return words.has(stem) || words.has(`${stem}en`) || words.has(`${stem}${stem.at(-1)}en`) || words.has(`${shortened}en`)
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzéëèïöü'

/**
 * Whether a word is one slip of a key away from an ordinary word ("afpsraak", "gekregn"): a typo, not a name. Only
 * for words of five letters or more, where one slip rarely turns one word into another.
 */
// Some 800 lookups a word: the answers are kept for the next text.
export const isTypoOfOrdinaryWord = remembered((lower) => lower.length >= 5 && findTypo(lower))

function findTypo(lower: string): boolean {
  const words = lexicon().words
  const known = (candidate: string) => candidate.length >= 4 && words.has(candidate)
  for (let i = 0; i < lower.length; i++) {
    const head = lower.slice(0, i)
    const tail = lower.slice(i + 1)
    if (known(head + tail)) return true
    if (i < lower.length - 1 && known(head + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true
    for (const letter of LETTERS) {
      if (known(head + letter + tail) || known(head + letter + lower.slice(i))) return true
    }
  }
  for (const letter of LETTERS) if (known(lower + letter)) return true
  return false
}

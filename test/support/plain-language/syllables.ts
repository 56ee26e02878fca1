// Dutch spelling writes one vowel sound with up to three letters; these count as one syllable each.
// Longest first, so "ieu" (nieuw) wins over "ie" and "oei" (groei) over "oe". "ai" is for loanwords (mail, detail).
const VOWEL_UNITS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'ij', 'ei', 'ui', 'ou', 'au', 'oe', 'ie', 'eu', 'aa', 'ee', 'oo', 'uu', 'ai']
const VOWEL = /[aeiouyáàâäéèêëíìîïóòôöúùûü]/
// A diaeresis (geïnteresseerd, België, coördinatie) says: a new syllable starts here.
const DIAERESIS = /[ëïöüä]/

/** Counts the syllables of one Dutch word by its vowel groups; a word without vowels (BSN, 06) counts as one. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase()
  let count = 0
  let i = 0
  while (i < w.length) {
    if (!VOWEL.test(w[i]!)) {
      i++
      continue
    }
    const unit = DIAERESIS.test(w[i]!) ? undefined : VOWEL_UNITS.find((u) => w.startsWith(u, i))
    count++
    i += unit?.length ?? 1
  }
  return Math.max(1, count)
}

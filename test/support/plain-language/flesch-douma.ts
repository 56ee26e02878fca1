import { countSyllables } from './syllables.js'
import { sentences, words } from './text-measures.js'

/**
 * Douma's (1960) Dutch adaptation of Flesch reading ease: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per
 * sentence. Around 60 and higher reads at B1; below 30 is for academics.
 */
export function fleschDouma(texts: string[]): number {
  const all = texts.flatMap((t) => sentences(t))
  const allWords = all.flatMap((s) => words(s))
  if (allWords.length === 0) return 0
  const syllables = allWords.reduce((sum, w) => sum + countSyllables(w), 0)
  return 206.84 - 0.77 * ((100 * syllables) / allWords.length) - 0.93 * (allWords.length / all.length)
}

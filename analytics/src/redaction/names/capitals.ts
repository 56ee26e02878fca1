import type { Token } from './tokenize.js'

const capitalsCache = new WeakMap<readonly Token[], boolean>()

/** Whether most words of the text are in capitals ("MIJN ZOON DAAN WOONT IN WOENSEL"): then capitals say nothing. */
export function writtenInCapitals(tokens: readonly Token[]): boolean {
  let answer = capitalsCache.get(tokens)
  if (answer === undefined) {
    const words = tokens.filter((token) => token.isWord && token.text.length > 1)
    answer = words.filter((token) => token.isAllCaps).length >= 0.6 * words.length
    capitalsCache.set(tokens, answer)
  }
  return answer
}

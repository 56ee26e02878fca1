/**
 * A word's answer kept for the next text: residents' texts reuse the same words, and a word's class costs several
 * set lookups and foldings. Bounded, so a stream of unique tokens cannot grow memory without end.
 */
export function remembered(answer: (lower: string) => boolean, limit = 50_000): (lower: string) => boolean {
  const answers = new Map<string, boolean>()
  return (lower) => {
    let known = answers.get(lower)
    if (known === undefined) {
      if (answers.size >= limit) answers.clear()
      known = answer(lower)
      answers.set(lower, known)
    }
    return known
  }
}

/** Splits a text into sentences at . ! ? or … followed by a space or the end; a label without a full stop is one sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0)
}

/** The words of a text: runs without spaces that hold a letter or a digit, with the punctuation around them taken off. */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
}

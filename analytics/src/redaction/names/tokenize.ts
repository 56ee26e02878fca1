/** A word, number or punctuation mark, with what separates it from the token before. */
export type Token = {
  text: string
  lower: string
  start: number
  end: number
  isWord: boolean
  /** First letter upper case, the rest not all upper case ("Daan", "McDonald", "D'Ancona"). */
  isCapitalised: boolean
  isAllCaps: boolean
  /** Only spaces (no newline, no punctuation) since the previous token. */
  spaced: boolean
  /** Directly after the previous token, as "J" + "." in "J.P.". */
  adjacent: boolean
  /** A line break since the previous token. */
  newline: boolean
}

// "v/d" and "v.d." are one particle; "'t" and "'s" are particles too; words keep inner apostrophes and hyphens.
const TOKEN = /[vV]\/[dD](?![\p{L}])|[vV]\.\s?[dD]\.|['’][tTsS](?![\p{L}])|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?=\p{L})|-(?=\p{L}))*|\p{N}+|\S/gu
const POSSESSIVE = /['’]s$/

let lastText: string | undefined
let lastTokens: Token[] = []

/** Tokens of a text; the name and place detectors ask for the same text one after the other, so the last is kept. */
export function tokenize(text: string): readonly Token[] {
  if (text !== lastText) {
    lastTokens = tokenizeText(text)
    lastText = text
  }
  return lastTokens
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0]
    const start = match.index
    const gap = text.slice(previousEnd, start)
    previousEnd = start + value.length
    // "Daan's fiets": the name is "Daan".
    if (value.length > 3 && POSSESSIVE.test(value) && /^\p{L}/u.test(value)) value = value.slice(0, -2)
    const isWord = /^[\p{L}'’]/u.test(value)
    const first = value.charAt(0)
    const upperFirst = isWord && first !== first.toLowerCase()
    const isAllCaps = isWord && value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase()
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      isWord,
      isCapitalised: upperFirst && (!isAllCaps || value.length === 1),
      isAllCaps,
      spaced: gap.length > 0 && /^[ \t\u00a0]+$/.test(gap),
      adjacent: gap.length === 0,
      newline: gap.includes('\n'),
    })
  }
  return tokens
}

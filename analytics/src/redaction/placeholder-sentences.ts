/**
 * Sentences that said nothing but a personal detail read, once redacted, as "Zie [URL]." or "Terugbelnummer van
 * de inwoner: [TELEFOON].": they tell a council member nothing. In published texts they are dropped; sentences
 * with a placeholder and something to say ("Mevrouw [NAAM] wacht al drie maanden.") stay.
 */

const PLACEHOLDER = /\[[A-Z][A-Z_-]*\]/g
/** Words that only point at the detail ("zie", "bel", "via") or hold a sentence together. */
const POINTING_WORDS = new Set([
  'zie', 'bel', 'mail', 'e-mail', 'email', 'via', 'op', 'naar', 'met', 'bij', 'de', 'het', 'een', 'van', 'en', 'of', 'is', 'zijn', 'nummer', 'telefoon', 'tel', 'adres', 'link', 'website', 'voor', 'meer', 'info', 'informatie', 'vragen', 'contact', 'opnemen', 'kunt', 'kan', 'u', 'see', 'call', 'at', 'to', 'the', 'or', 'and',
])
/** "<a short label>: [PLACEHOLDER]" — a label followed by nothing but the detail. */
const LABELLED_DETAIL = /^[^:.!?]{0,60}:\s*(\[[A-Z][A-Z_-]*\][\s,;/]*)+[.!?]?$/

export function dropPlaceholderSentences(text: string): string {
  if (!text.includes('[')) return text
  const sentences = text.match(/[^.!?\n]+(?:[.!?]+|$)|\n+/g) ?? [text]
  const kept = sentences.filter((sentence) => sentence.trim() === '' || !onlyPlaceholder(sentence.trim()))
  return kept.join('').replace(/[ \t]{2,}/g, ' ').trim()
}

function onlyPlaceholder(sentence: string): boolean {
  if (!PLACEHOLDER.test(sentence)) return false
  PLACEHOLDER.lastIndex = 0
  if (LABELLED_DETAIL.test(sentence)) return true
  const words = sentence
    .replace(PLACEHOLDER, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length > 1 && !POINTING_WORDS.has(word))
  return words.length === 0
}

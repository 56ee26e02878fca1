import { PRIORITY, type Candidate } from '../candidate.js'

// Bare domains need a known top-level domain, so "artikel 2.3.5" or "brief.pdf" never look like a URL.
const TLD = '(?:nl|com|org|net|eu|be|de|info|io|app|nu|online|site|me|co|uk|fr|tr|ma|pl|gov|edu|biz|tv|ly|gl|to)'
const URL = new RegExp(
  `(?<![\\p{L}\\p{N}@.\\/-])(?:(?:https?:\\/\\/|www\\.)[^\\s<>"'()]+|(?:[a-z0-9-]+\\.)+${TLD}(?![\\p{L}\\p{N}-])(?:[/?#][^\\s<>"'()]*)?)`,
  'giu',
)
const TRAILING = /[.,;:!?'"»)\]]+$/

/**
 * Policy: a URL with a path, query or fragment is redacted, because it may point at a person (a profile, a
 * shared document, a link with an id). A bare domain ("www.gennep.nl", "regelhulp.nl") names an organisation
 * and is kept.
 */
export function detectUrls(text: string, out: Candidate[]): void {
  if (!text.includes('.')) return
  for (const match of text.matchAll(URL)) {
    const value = match[0].replace(TRAILING, '')
    if (isBareDomain(value)) continue
    out.push({ type: 'URL', start: match.index, end: match.index + value.length, priority: PRIORITY.URL })
  }
}

function isBareDomain(url: string): boolean {
  const withoutScheme = url.replace(/^https?:\/\//i, '')
  const slash = withoutScheme.search(/[/?#]/)
  if (slash === -1) return true
  return /^\/?$/.test(withoutScheme.slice(slash))
}

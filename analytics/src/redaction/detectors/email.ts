import { PRIORITY, type Candidate } from '../candidate.js'

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu

export function detectEmails(text: string, out: Candidate[]): void {
  if (!text.includes('@')) return
  for (const match of text.matchAll(EMAIL)) {
    out.push({ type: 'EMAIL', start: match.index, end: match.index + match[0].length, priority: PRIORITY.EMAIL })
  }
}

import { PRIORITY, type Candidate } from '../candidate.js'

// RDW sidecodes 1–14 (X letter, 9 digit). "99-99-XX" written without dashes is also a postcode, so that
// one form is left to the postcode detector.
const SIDECODES = ['XX-99-99', '99-99-XX', '99-XX-99', 'XX-99-XX', 'XX-XX-99', '99-XX-XX', '99-XXX-9', '9-XXX-99', 'XX-999-X', 'X-999-XX', 'XXX-99-X', 'X-99-XXX', '9-XX-999', '999-XX-9']

const group = (part: string) => (part[0] === 'X' ? `[A-Z]{${part.length}}` : `\\d{${part.length}}`)
const dashed = SIDECODES.map((code) => code.split('-').map(group).join('-')).join('|')
const compact = SIDECODES.filter((code) => code !== '99-99-XX')
  .map((code) => code.split('-').map(group).join(''))
  .join('|')

const DASHED = new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${dashed})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu')
// Without dashes only in capitals, so ordinary lower-case words with digits stay.
const COMPACT = new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${compact})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu')

export function detectLicencePlates(text: string, out: Candidate[]): void {
  if (!/\d/.test(text)) return
  for (const pattern of [DASHED, COMPACT]) {
    for (const match of text.matchAll(pattern)) {
      out.push({ type: 'KENTEKEN', start: match.index, end: match.index + match[0].length, priority: PRIORITY.KENTEKEN })
    }
  }
}

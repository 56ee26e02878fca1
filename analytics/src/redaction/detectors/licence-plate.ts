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

const spaced = SIDECODES.map((code) => code.split('-').map(group).join(' ')).join('|')
// "NB 64 TR": with spaces for dashes, in capitals.
const SPACED = new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${spaced})(?![\\p{L}\\p{N}]|[- ]\\p{N}|[- ]\\p{Lu}{1,3}(?![\\p{L}]))`, 'gu')
// "kenteken nb64tr", "nummerbord vd 123 x": after its keyword a plate in any casing and with any separator.
const anySeparator = SIDECODES.map((code) => code.split('-').map(group).join('[- ]?')).join('|')
const AFTER_KEYWORD = new RegExp(`(?<![\\p{L}])(?:kenteken|nummerbord|kentekenplaat|licen[cs]e plate|number plate|plate)(?:nummer)?\\s*:?\\s+(?:(?:is|van|was)\\s+)?((?:${anySeparator}))(?![\\p{L}\\p{N}])`, 'giu')

const JOINING_WORDS: ReadonlySet<string> = new Set('en of tot tm om op in aan uur jr van de het een bij met per and or to at'.split(' '))

export function detectLicencePlates(text: string, out: Candidate[]): void {
  if (!/\d/.test(text)) return
  for (const match of text.matchAll(AFTER_KEYWORD)) {
    const value = match[1]!
    out.push({ type: 'KENTEKEN', start: match.index + match[0].length - value.length, end: match.index + match[0].length, priority: PRIORITY.KENTEKEN })
  }
  for (const pattern of [DASHED, COMPACT, SPACED]) {
    for (const match of text.matchAll(pattern)) {
      // "VAN 15 EN 17", "12.00 EN 13.00": in a text in capitals a word between numbers is no plate.
      if (pattern === SPACED && match[0].split(' ').some((part) => JOINING_WORDS.has(part.toLowerCase()))) continue
      out.push({ type: 'KENTEKEN', start: match.index, end: match.index + match[0].length, priority: PRIORITY.KENTEKEN })
    }
  }
}

import { PRIORITY, type Candidate } from '../candidate.js'

const KEYWORDS = [
  'dossiernummer', 'dossiernr', 'dossier', 'zaaknummer', 'zaaknr', 'zaak', 'kenmerk', 'referentienummer', 'referentie',
  'ref', 'klantnummer', 'klantnr', 'cliëntnummer', 'clientnummer', 'cliëntnr', 'clientnr', 'registratienummer',
  'beschikkingsnummer', 'besluitnummer', 'aanvraagnummer', 'relatienummer', 'polisnummer', 'factuurnummer',
  'debiteurnummer', 'debiteurennummer', 'contractnummer', 'verzekerdennummer', 'volgnummer', 'serienummer',
  'lidnummer', 'pasnummer', 'personeelsnummer', 'cjib-nummer', 'betalingskenmerk', 'meldingsnummer', 'ticketnummer',
  'case number', 'file number', 'reference number', 'reference', 'customer number', 'client number', 'onder nummer', 'met nummer', 'heeft nummer', 'ons nummer',
  'klacht', 'melding', 'boete', 'vermelding van', 'zaaknummer deurwaarder', 'kenmerk deurwaarder', 'verslag', 'casus',
].join('|')
// Value: one token with at least one digit ("2024-12345", "Z/21/123456", "ABC/123/2024", "123456"),
// or digit groups split by spaces ("2024 12345").
const WITH_KEYWORD = new RegExp(
  `(?<![\\p{L}])(?:${KEYWORDS})(?:[\\s-]*(?:nummer|nr|no|number))?(?![\\p{L}])\\.?(?:\\s+(?:bij|van|voor)(?:\\s+(?:de|het))?\\s+\\S+\\s+(?=is\\b|was\\b|:)|\\s+(?:daar|hier|nu|dan|wel)(?=\\s+(?:is|was)\\b))?\\s*(?:is|was|:|#)?\\s*:?\\s*([A-Za-z0-9][A-Za-z0-9/._-]*\\d[A-Za-z0-9/_-]*|\\d+(?: \\d+)+)`,
  'giu',
)
// Shapes that are case numbers without a keyword: "Z/21/123456", "ZK-2024-00123", Klankbord's own
// references (KB-XXXX-XXXX, see REFERENCE_PATTERN in the contract) and follow-up codes.
const SHAPES = [
  /(?<![\p{L}\p{N}/-])[A-Z]{1,5}[/-]\d{2,4}[/-]\d{3,}(?![\p{L}\p{N}]|[/-]\p{N})/gu,
  // "2024/KL/0881", "2024/JG/0713": a year, letters and a serial number.
  /(?<![\p{L}\p{N}/.-])(?:19|20)\d{2}[/.-][A-Z]{1,4}[/.-]\d{3,}(?![\p{L}\p{N}]|[/.-]\p{N})/gu,
  // "MG-BZ-24-1177", "DW-88213-K", "CJ-7728114", "K24-0312": letter and digit groups joined by hyphens, with at
  // least four digits and letters in capitals (licence plates have their own, stronger detector).
  // "HL-22871", "IMG-0091882": the four digits may come after the hyphen.
  /(?<![\p{L}\p{N}/-])(?=(?:[A-Z0-9-]*\d){4})[A-Z]{1,4}\d{0,3}(?:-[A-Z0-9]{1,8}){1,3}(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}-])KB-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}(?![\p{L}\p{N}]|-\p{L})/gu,
  /(?<![\p{L}\p{N}-])[2-9A-HJKMNP-Z]{4}(?:-[2-9A-HJKMNP-Z]{4}){3}(?![\p{L}\p{N}-])/gu,
]
const YEAR = /^(?:19|20)\d{2}$/
const DATE_SHAPED = /^(?:\d{1,2}([-/.])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})$/
const UNIT_AFTER = /^\s*(?:euro|eur|€|uur|keer|jaar|dagen|weken|maanden|minuten|procent|%|km|kilometer)(?![\p{L}])/iu

export function detectCaseNumbers(text: string, out: Candidate[]): void {
  if (!/\d/.test(text)) return
  for (const match of text.matchAll(WITH_KEYWORD)) {
    const value = match[1]!.replace(/[._/-]+$/, '')
    const start = match.index + match[0].length - match[1]!.length
    // "zaak 2023" or "dossier 12" is a year or a count, not a number that identifies anyone.
    if (YEAR.test(value) || value.replace(/\D/g, '').length < 3) continue
    // "Melding 30-01-2025:", "verslag 3-2-2025": after such a word a date is the day it happened.
    if (DATE_SHAPED.test(value)) continue
    if (UNIT_AFTER.test(text.slice(start + value.length, start + value.length + 12))) continue
    out.push({ type: 'DOSSIERNUMMER', start, end: start + value.length, priority: PRIORITY.CASE_NUMBER_WITH_KEYWORD })
  }
  for (const shape of SHAPES) {
    for (const match of text.matchAll(shape)) {
      out.push({ type: 'DOSSIERNUMMER', start: match.index, end: match.index + match[0].length, priority: PRIORITY.CASE_NUMBER_SHAPE })
    }
  }
}

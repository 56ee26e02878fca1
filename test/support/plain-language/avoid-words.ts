/** Officialese with the plain word a B1 reader knows; `forms` are the inflections to catch, in lower case. */
export const AVOID_WORDS: { forms: string[]; use: string }[] = [
  { forms: ['indien'], use: 'als' },
  { forms: ['teneinde'], use: 'om' },
  { forms: ['middels'], use: 'met' },
  { forms: ['alsmede'], use: 'en' },
  { forms: ['dienen', 'dient', 'diende', 'dienden'], use: 'moeten' },
  { forms: ['ontvangen', 'ontvangt', 'ontving', 'ontvingen'], use: 'krijgen' },
  { forms: ['verstrekken', 'verstrekt', 'verstrekte'], use: 'geven' },
  { forms: ['woonachtig'], use: 'wonen' },
  { forms: ['inzake'], use: 'over' },
  { forms: ['ten behoeve van'], use: 'voor' },
  { forms: ['aanvangen', 'vangt aan', 'aanvang'], use: 'beginnen' },
  { forms: ['betreffende', 'betreft'], use: 'over' },
  { forms: ['derhalve'], use: 'daarom' },
  { forms: ['echter'], use: 'maar' },
  { forms: ['reeds'], use: 'al' },
  { forms: ['thans'], use: 'nu' },
  { forms: ['doch'], use: 'maar' },
  { forms: ['omtrent'], use: 'over' },
  { forms: ['alvorens'], use: 'voordat' },
  { forms: ['nadien'], use: 'daarna' },
  { forms: ['hetgeen'], use: 'wat' },
  { forms: ['conform'], use: 'volgens' },
  { forms: ['ingevolge'], use: 'volgens' },
  { forms: ['met betrekking tot'], use: 'over' },
  { forms: ['in het kader van'], use: 'bij' },
  { forms: ['desgewenst'], use: 'als u wilt' },
  { forms: ['trachten', 'tracht'], use: 'proberen' },
  { forms: ['retourneren', 'retourneer'], use: 'terugsturen' },
  { forms: ['verifiëren', 'verifieer'], use: 'controleren' },
  { forms: ['adequaat', 'adequate'], use: 'goed' },
]

/** The officialese words or phrases in a text, each with its plain alternative. */
export function avoidedWords(text: string): { found: string; use: string }[] {
  const normal = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  return AVOID_WORDS.flatMap(({ forms, use }) => forms.filter((f) => normal.includes(` ${f} `)).map((found) => ({ found, use })))
}

/** One page with the key figures of the year beside those of the year before, in a table and in words. */
import { withheldFootnote } from '../../charts/footnotes.js'
import { formatCount, formatShare, WITHHELD_MARK } from '../../number-format.js'
import { FONT } from '../pdf/fonts.js'
import { GAP, SIZE } from '../pdf/layout.js'
import { drawTable } from '../pdf/table.js'
import type { ReportWriter } from '../pdf/writer.js'
import type { ReportModel } from '../data/report-model.js'

/** The year's main figures in words, each naming its population; a withheld figure is said to be withheld, with no number. */
function sentences(model: ReportModel): string[] {
  const { received, closed, withoutProcedure, onTime } = model.keyFigures.rows
  const { comparison } = model.keyFigures
  const { previousYear } = model.scope
  const year = model.periods.current
  const out: string[] = []
  const now = received.values.current
  const before = received.values.previous
  if (now === null) out.push(`Het aantal meldingen dat in ${year} binnenkwam, is afgeschermd.`)
  else {
    const compared =
      before === null || before === 0 || !comparison.comparable
        ? ''
        : now === before
          ? `, evenveel als in ${previousYear}`
          : `, ${formatShare(Math.abs(now - before) / before)} ${now > before ? 'meer' : 'minder'} dan in ${previousYear} (${formatCount(before)})`
    out.push(`In ${year} kwamen ${formatCount(now)} meldingen binnen bij de vertrouwenspersoon${compared}.`)
  }
  const share = withoutProcedure.values.current
  const closedCount = closed.values.current
  if (share !== null && closedCount !== null)
    out.push(`Van de ${formatCount(closedCount)} meldingen die in ${year} zijn afgesloten, werd ${formatShare(share)} afgesloten zonder formele klacht of bezwaar.`)
  else out.push(`Welk deel van de in ${year} afgesloten meldingen zonder klacht of bezwaar werd afgesloten, is afgeschermd.`)
  if (onTime.values.current !== null) out.push(`Van de meldingen uit ${year} met een eerste contact kreeg ${formatShare(onTime.values.current)} dat op tijd.`)
  return out
}

export function drawSummary(w: ReportWriter, model: ReportModel): void {
  const section = w.section({ newPage: true })
  const { current, previous } = model.periods
  w.heading(section, 1, `Samenvatting: ${model.scope.year} in cijfers`)
  for (const sentence of sentences(model)) w.paragraph(section, sentence, { size: SIZE.body + 1 })
  w.space(GAP.block)
  const { comparison, rows } = model.keyFigures
  const figures = Object.values(rows)
  // Years of unequal span get no change column at all; the sentence under the table says why.
  const table = comparison.comparable
    ? { columns: ['Kerncijfer', current, previous, `Verschil met ${model.scope.previousYear}`], rows: figures.map((f) => [f.label, f.current, f.previous, f.change]) }
    : { columns: ['Kerncijfer', current, previous], rows: figures.map((f) => [f.label, f.current, f.previous]) }
  drawTable(w, section, { caption: `Kerncijfers ${model.scope.year} en ${model.scope.previousYear}${model.scope.municipality ? `, gemeente ${model.scope.municipality}` : ', alle gemeenten samen'}`, ...table })
  const notes = [
    'Binnengekomen meldingen tellen in het jaar waarin ze binnenkwamen, afgesloten meldingen in het jaar waarin ze werden afgesloten. Tijden zijn in kalenderdagen.',
    table.rows.some((row) => row.includes(WITHHELD_MARK)) && withheldFootnote('nl'),
    model.partialNote,
    !comparison.comparable && comparison.reason,
  ]
  for (const note of notes) if (note) w.paragraph(section, note, { size: SIZE.small + 0.5, font: FONT.regular })
  section.end()
}

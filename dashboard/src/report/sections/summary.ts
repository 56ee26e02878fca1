/** One page with the key figures of the year beside those of the year before, in a table and in words. */
import { formatCount, formatShare } from '../../number-format.js'
import { FONT } from '../pdf/fonts.js'
import { GAP, SIZE } from '../pdf/layout.js'
import { drawTable } from '../pdf/table.js'
import type { ReportWriter } from '../pdf/writer.js'
import type { KeyFigure } from '../data/key-figures.js'
import type { ReportModel } from '../data/report-model.js'

function sentences(model: ReportModel): string[] {
  const [concerns, informal, onTime] = model.keyFigures as [KeyFigure, KeyFigure, KeyFigure, ...KeyFigure[]]
  const { year, previousYear } = model.scope
  const out: string[] = []
  const now = concerns.values.current
  const before = concerns.values.previous
  if (now !== null) {
    const compared =
      before === null || before === 0
        ? ''
        : now === before
          ? `, evenveel als in ${previousYear}`
          : `, ${formatShare(Math.abs(now - before) / before)} ${now > before ? 'meer' : 'minder'} dan in ${previousYear} (${formatCount(before)})`
    out.push(`In ${year} kwamen ${formatCount(now)} meldingen binnen bij de vertrouwenspersoon${compared}.`)
  } else out.push(`Het aantal meldingen in ${year} is te klein om te tonen (minder dan ${model.k}) of is afgeschermd.`)
  if (informal.values.current !== null)
    out.push(`Van de afgesloten meldingen werd ${formatShare(informal.values.current)} opgelost of afgesloten zonder formele klacht of bezwaar.`)
  if (onTime.values.current !== null) out.push(`${formatShare(onTime.values.current)} van de inwoners kreeg op tijd een eerste contact.`)
  return out
}

export function drawSummary(w: ReportWriter, model: ReportModel): void {
  const section = w.section({ newPage: true })
  w.heading(section, 1, `Samenvatting: ${model.scope.year} in cijfers`)
  for (const sentence of sentences(model)) w.paragraph(section, sentence, { size: SIZE.body + 1 })
  w.space(GAP.block)
  const { year, previousYear } = model.scope
  drawTable(w, section, {
    caption: `Kerncijfers ${year} en ${previousYear}${model.scope.municipality ? `, gemeente ${model.scope.municipality}` : ', alle gemeenten samen'}`,
    columns: ['Kerncijfer', year, previousYear, `Verschil met ${previousYear}`],
    rows: model.keyFigures.map((f) => [f.label, f.current, f.previous, f.change]),
  })
  w.paragraph(
    section,
    `Meldingen tellen in het jaar waarin ze binnenkwamen. Tijden zijn in kalenderdagen. ` +
      `“< ${model.k}” betekent: dit aantal is weggelaten om inwoners te beschermen (zie Werkwijze en privacy). ` +
      `“–” betekent: niet te berekenen, omdat het om minder dan ${model.k} meldingen gaat of omdat een aantal is weggelaten.`,
    { size: SIZE.small + 0.5, font: FONT.regular },
  )
  section.end()
}

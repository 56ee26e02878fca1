/** "You said, we did": each signal the municipality has seen, with what it did. Texts were redacted when published. */
import { formatCount } from '../../number-format.js'
import { FONT } from '../pdf/fonts.js'
import { COLOR, SIZE } from '../pdf/layout.js'
import { drawList } from '../pdf/list.js'
import type { ReportWriter } from '../pdf/writer.js'
import { SIGNALS_LISTED, type SignalGroup } from '../data/signal-groups.js'
import type { ReportModel } from '../data/report-model.js'

const PLACES_NAMED = 4

function whereAndHowOften(group: SignalGroup, oneMunicipality: boolean): string {
  const places = group.municipalities
  const where = oneMunicipality
    ? undefined
    : places.length > PLACES_NAMED
      ? `${places.slice(0, PLACES_NAMED).join(', ')} en ${places.length - PLACES_NAMED} andere gemeenten`
      : places.join(', ')
  return [group.domain, where, group.count > 1 ? `${formatCount(group.count)} keer gemeld` : undefined, group.statuses.join(', ')].filter(Boolean).join(' · ')
}

export function drawSignals(w: ReportWriter, model: ReportModel): void {
  const section = w.section({ newPage: true })
  const { year } = model.scope
  w.heading(section, 1, 'Signalen en wat de gemeente ermee deed')
  w.paragraph(
    section,
    'Een signaal is een probleem dat de vertrouwenspersoon bij meer inwoners ziet. Zij meldt het aan de gemeente, zonder namen of andere persoonsgegevens. ' +
      'Hieronder staat elk signaal dat de gemeente heeft gezien, met wat de gemeente ermee deed.',
  )
  if (model.signals.length === 0) {
    w.paragraph(section, `Over ${year} zijn geen signalen gepubliceerd die de gemeente al heeft gezien.`)
    section.end()
    return
  }
  const listed = model.signals.slice(0, SIGNALS_LISTED)
  drawList(
    w,
    section,
    listed.map((signal, i) => ({
      label: `${i + 1}.`,
      paragraphs: [
        { text: signal.theme || signal.domain, style: { font: FONT.bold } },
        { text: whereAndHowOften(signal, model.scope.municipality !== undefined), style: { size: SIZE.small + 0.5, color: COLOR.muted } },
        { text: signal.text },
        { text: signal.response ? `Wat de gemeente deed: ${signal.response}` : 'De gemeente heeft nog niet gereageerd.', style: { font: signal.response ? FONT.regular : FONT.italic } },
      ],
    })),
  )
  const rest = model.signals.length - listed.length
  if (rest > 0)
    w.paragraph(section, `En nog ${formatCount(rest)} andere signalen. Ze staan allemaal in de open data bij het dashboard (tabel signal_texts).`, { font: FONT.italic })
  section.end()
}

/**
 * How the figures were made anonymous, in plain Dutch: coarser periods, small numbers withheld, other cells
 * withheld to protect them with the totals kept, linked tables protected together, one mark for every withheld
 * cell, merged categories, and how much all this hides per table.
 */
import { formatCount, formatShare } from '../../number-format.js'
import { FONT } from '../pdf/fonts.js'
import { drawList } from '../pdf/list.js'
import { drawTable } from '../pdf/table.js'
import type { StructureElement } from '../pdf/tagging.js'
import type { ReportWriter } from '../pdf/writer.js'
import type { ReportModel } from '../data/report-model.js'

/** Heading, caption, header row and a few rows. */
const KEEP_WITH_TABLE = 150

const PERIOD_WORDS = { maand: 'per maand', kwartaal: 'per kwartaal', jaar: 'per jaar' } as const

const rule = (label: string, title: string, text: string) => ({ label, paragraphs: [{ text: title, style: { font: FONT.bold } }, { text }] })

function drawRules(w: ReportWriter, parent: StructureElement, model: ReportModel): void {
  const { k } = model
  const section = w.section({ parent })
  w.heading(section, 2, 'Hoe de cijfers anoniem blijven')
  drawList(w, section, [
    rule(
      '1.',
      'Grovere periodes',
      `Voor de cijfers telt van elke melding alleen de maand, nooit de dag. In de tabellen staan de aantallen ${PERIOD_WORDS[model.granularity]}. Hoe kleiner de aantallen, hoe grover de periode.`,
    ),
    rule('2.', `Kleine aantallen afgeschermd (k = ${k})`, `Een aantal van 1 tot en met ${k - 1} publiceren we nooit.`),
    rule(
      '3.',
      'Andere aantallen afgeschermd om een klein aantal te beschermen',
      'Anders zou iemand een klein aantal kunnen terugrekenen, door van een totaal de andere aantallen af te trekken. ' +
        'Daarvoor schermen we aantallen binnen de tabel af, en we kiezen ze zo dat er zo weinig mogelijk meldingen verborgen blijven. ' +
        `De totalen blijven staan: het totaal van een jaar, van een gemeente in een jaar en van een domein in een jaar publiceren we altijd als het ${k} of meer is.`,
    ),
    rule(
      '4.',
      'Alle tabellen samen beschermd',
      'Hetzelfde aantal staat in elke tabel gelijk, bijvoorbeeld het totaal van een gemeente in een jaar bij de domeinen en bij de kanalen. ' +
        'De tabellen zijn samen beschermd, ook over de jaren en tussen twee publicaties heen. Wie tabellen naast elkaar legt, kan zo geen afgeschermd aantal terugvinden.',
    ),
    rule(
      '5.',
      'Eén teken voor afgeschermd: “–”',
      'Elk afgeschermd aantal staat er als “–”, of het nu klein is of afgeschermd om een klein aantal te beschermen. ' +
        'Zo verraadt het teken niet welk aantal klein is. Een “–” kan dus ook voor een groot aantal staan. Een aandeel of verschil dat op een afgeschermd aantal zou rusten, staat er ook als “–”.',
    ),
    rule(
      '6.',
      'Samengevoegde categorieën',
      'Als niets anders een klein aantal kan beschermen, voegen we een categorie voor dat jaar samen met ‘overig’. Dat staat bij de grafiek en hieronder.',
    ),
    rule(
      '7.',
      'Teksten zonder persoonsgegevens',
      'Signalen en aanbevelingen schrijft de vertrouwenspersoon zonder namen. Bij het publiceren worden ze nog eens automatisch gecontroleerd: ' +
        'wat lijkt op een naam, telefoonnummer, e-mailadres, burgerservicenummer of adres, wordt weggelaten of vervangen door [NAAM], [TELEFOON] enzovoort.',
    ),
  ])
  section.end()
}

function drawMerged(w: ReportWriter, parent: StructureElement, model: ReportModel): void {
  const section = w.section({ parent })
  w.heading(section, 2, 'Samengevoegde categorieën')
  if (model.merged.length === 0) w.paragraph(section, `In de cijfers over ${model.scope.previousYear} en ${model.scope.year} is geen categorie samengevoegd.`)
  else
    drawList(
      w,
      section,
      model.merged.map((merged) => ({
        label: '•',
        paragraphs: [{ text: `${merged.table}, ${merged.year}: ‘${merged.into}’ telt ook ${merged.members.map((m) => `‘${m}’`).join(', ')} mee.` }],
      })),
    )
  section.end()
}

function drawLoss(w: ReportWriter, parent: StructureElement, model: ReportModel): void {
  const loss = model.informationLoss
  const intro =
    'Afschermen kost informatie. Per tabel staat hieronder hoeveel meldingen (bij de signalen: hoeveel signalen) in afgeschermde cellen zitten, als deel van alle in die tabel. ' +
    'Een deel van 4% betekent: van elke 100 meldingen zijn er 4 niet in hun eigen cel te zien. Ze tellen wel mee in de totalen. ' +
    'Welke cellen klein zijn en welke zijn afgeschermd om ze te beschermen, staat er bewust niet bij.'
  // The explanation stays with its table.
  w.ensureSpace(w.heightOf(intro) + KEEP_WITH_TABLE)
  const section = w.section({ parent })
  w.heading(section, 2, 'Hoeveel er is afgeschermd')
  w.paragraph(section, intro)
  if (loss.length === 0) {
    w.paragraph(section, 'Bij deze publicatie is niet bewaard hoeveel er per tabel is afgeschermd.')
    section.end()
    return
  }
  drawTable(w, section, {
    caption: 'Informatieverlies per tabel, over alle gepubliceerde jaren',
    columns: ['Tabel', 'Cellen', 'Afgeschermde cellen', 'Aantal in afgeschermde cellen', 'Deel afgeschermd'],
    rows: loss.map((l) => [l.table, formatCount(l.cells), formatCount(l.withheldCells), formatCount(l.withheldConcerns), formatShare(l.withheldShare)]),
  })
  const largest = [...loss].sort((a, b) => b.withheldShare - a.withheldShare)[0]!
  w.paragraph(
    section,
    largest.withheldShare === 0
      ? 'In geen enkele tabel is een cel afgeschermd.'
      : `Het meeste is afgeschermd in de tabel ‘${largest.table}’: ${formatShare(largest.withheldShare)} van de ${largest.name === 'signals' ? 'signalen' : 'meldingen'} staat daar niet in een eigen cel.`,
  )
  section.end()
}

export function drawMethodology(w: ReportWriter, model: ReportModel): void {
  const section = w.section({ newPage: true })
  w.heading(section, 1, 'Werkwijze en privacy')

  const source = w.section({ parent: section })
  w.heading(source, 2, 'Waar de cijfers vandaan komen')
  w.paragraph(
    source,
    'De cijfers komen uit de registratie van de vertrouwenspersoon. Elke nacht maakt Klankbord daaruit anonieme tabellen. ' +
      'Daarvoor worden alleen codes en datums geteld: domein, soort onvrede, wens, gegeven ondersteuning, uitkomst, kanaal, soort partner en gemeente. ' +
      'Wat inwoners schreven, hun namen en hun contactgegevens gaan nooit mee.',
  )
  w.paragraph(source, 'Dit verslag is alleen uit die gepubliceerde tabellen gemaakt. Dezelfde tabellen staan als open data bij het dashboard.')
  if (model.partialNote) w.paragraph(source, model.partialNote)
  source.end()

  drawRules(w, section, model)
  drawMerged(w, section, model)
  drawLoss(w, section, model)
  section.end()
}

/** How the figures were made anonymous: period generalisation, the threshold k, primary and secondary suppression. */
import { formatCount, formatShare } from '../../number-format.js'
import { FONT } from '../pdf/fonts.js'
import { drawList } from '../pdf/list.js'
import { drawTable } from '../pdf/table.js'
import type { ReportWriter } from '../pdf/writer.js'
import type { ReportModel } from '../data/report-model.js'

/** Heading, caption, header row and a few rows. */
const KEEP_WITH_TABLE = 150

const PERIOD_WORDS = { maand: 'per maand', kwartaal: 'per kwartaal', jaar: 'per jaar' } as const

export function drawMethodology(w: ReportWriter, model: ReportModel): void {
  const { k } = model
  const { year } = model.scope
  const section = w.section({ newPage: true })
  w.heading(section, 1, 'Werkwijze en privacy')

  const source = w.section({ parent: section })
  w.heading(source, 2, 'Waar de cijfers vandaan komen')
  w.paragraph(
    source,
    'De cijfers komen uit de registratie van de vertrouwenspersoon. Elke nacht maakt Klankbord daaruit anonieme tabellen. ' +
      'Daarvoor worden alleen codes en datums geteld: domein, soort onvrede, wens, gegeven ondersteuning, uitkomst, kanaal en gemeente. ' +
      'Wat inwoners schreven, hun namen en hun contactgegevens gaan nooit mee.',
  )
  w.paragraph(source, 'Dit verslag is alleen uit die gepubliceerde tabellen gemaakt. Dezelfde tabellen staan als open data bij het dashboard.')
  source.end()

  const rules = w.section({ parent: section })
  w.heading(rules, 2, 'Hoe de cijfers anoniem blijven')
  drawList(w, rules, [
    {
      label: '1.',
      paragraphs: [
        { text: 'Grovere periodes', style: { font: FONT.bold } },
        {
          text:
            `Voor de cijfers telt van elke melding alleen de maand, nooit de dag. In de tabellen staan de aantallen ${PERIOD_WORDS[model.granularity]}. ` +
            'Hoe kleiner de aantallen in een gemeente, hoe grover de periode.',
        },
      ],
    },
    {
      label: '2.',
      paragraphs: [
        { text: `Kleine aantallen weggelaten (primaire onderdrukking, k = ${k})`, style: { font: FONT.bold } },
        { text: `Een aantal van 1 tot en met ${k - 1} wordt nooit gepubliceerd. Zo’n cel staat er als “< ${k}”.` },
      ],
    },
    {
      label: '3.',
      paragraphs: [
        { text: 'Aanvullend weggelaten (secundaire onderdrukking)', style: { font: FONT.bold } },
        {
          text:
            'Soms is ook een groter aantal weggelaten. Anders zou iemand een weggelaten klein aantal kunnen terugrekenen, ' +
            'door van een totaal de andere aantallen af te trekken. Zo’n cel staat er ook als “' +
            `< ${k}”: het betekent “weggelaten”, het echte aantal kan groter zijn.`,
        },
      ],
    },
    {
      label: '4.',
      paragraphs: [
        { text: 'Tijden en aandelen alleen bij genoeg meldingen', style: { font: FONT.bold } },
        { text: `Een doorlooptijd of een aandeel staat er alleen als het over ${k} of meer meldingen gaat. Anders staat er “–”.` },
      ],
    },
    {
      label: '5.',
      paragraphs: [
        { text: 'Teksten zonder persoonsgegevens', style: { font: FONT.bold } },
        {
          text:
            'Signalen en aanbevelingen schrijft de vertrouwenspersoon zonder namen. Bij het publiceren worden ze nog eens automatisch gecontroleerd: ' +
            'wat lijkt op een naam, telefoonnummer, e-mailadres, burgerservicenummer of adres, wordt vervangen door [NAAM], [TELEFOON] enzovoort.',
        },
      ],
    },
  ])
  rules.end()

  const intro =
    `Per tabel: hoeveel cellen er over ${year} zijn gepubliceerd${model.scope.municipality ? ` voor ${model.scope.municipality}` : ''}, en hoeveel daarvan zijn weggelaten. ` +
    'Welke cellen om een klein aantal en welke ter bescherming zijn weggelaten, staat er bewust niet bij: dat zou verraden waar de kleine aantallen zitten.'
  // The explanation stays with its table.
  w.ensureSpace(w.heightOf(intro) + KEEP_WITH_TABLE)
  const withheld = w.section({ parent: section })
  w.heading(withheld, 2, `Wat er over ${year} is weggelaten`)
  w.paragraph(withheld, intro)
  drawTable(w, withheld, {
    caption: `Weggelaten cellen per tabel, ${year}`,
    columns: ['Tabel', 'Cellen', 'Weggelaten', 'Deel weggelaten'],
    rows: model.suppressed.map((s) => [s.table, formatCount(s.cells), formatCount(s.suppressed), s.cells ? formatShare(s.suppressed / s.cells) : '–']),
  })
  withheld.end()
  section.end()
}

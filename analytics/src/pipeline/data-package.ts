import { writeFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { PublishedColumn } from './publish.js'

/** What each column means, in Dutch and English. `<column>_label` columns are described from their code column. */
const COLUMNS: Readonly<Record<string, readonly [nl: string, en: string]>> = {
  period: ['Periode: een jaar (2026), kwartaal (2026-K4) of maand (2026-12).', 'Period: a year (2026), quarter (2026-K4) or month (2026-12).'],
  year: ['Jaar; * is alle jaren samen.', 'Year; * is all years together.'],
  municipality: ['Gemeente; * is alle gemeenten samen, "overig" zijn samengevoegde gemeenten.', 'Municipality; * is all municipalities together, "overig" are municipalities counted together.'],
  domain: ['Domein (code); * is alle domeinen samen.', 'Domain (code); * is all domains together.'],
  partner_kind: ['Soort partner waarlangs de melding binnenkwam, of "confidant" voor rechtstreeks bij de vertrouwenspersoon; * is alle samen.', 'Kind of partner the concern came through, or "confidant" for directly with the confidant; * is all together.'],
  channel: ['Kanaal: hoe de melding binnenkwam (code: widget-inline, widget-launcher, no-script, poster, phone, walk-in, email, letter, own); * is alle kanalen samen, "overig" zijn samengevoegde kanalen.', 'Intake channel: how the concern came in (code: widget-inline, widget-launcher, no-script, poster, phone, walk-in, email, letter, own); * is all channels together, "overig" are channels counted together.'],
  kind: ['Soort onvrede (code). Een melding kan meer soorten hebben.', 'Kind of dissatisfaction (code). A concern can have several.'],
  outcome: ['Uitkomst van een afgesloten melding (code).', 'Outcome of a closed concern (code).'],
  wish: ['Wens van de inwoner (code).', 'Wish of the resident (code).'],
  support: ['Gegeven ondersteuning (code). Een melding kan meer soorten hebben.', 'Support given (code). A concern can have several.'],
  status: ['Stand (code).', 'Status (code).'],
  concerns: ['Aantal; leeg als het is afgeschermd (suppressed).', 'Count; empty when withheld (suppressed).'],
  suppressed: ['Afgeschermd: een klein aantal, of afgeschermd om een klein aantal te beschermen.', 'Withheld: a small number, or withheld to protect a small number.'],
  first_contact_days_median: ['Mediaan aantal dagen tot het eerste contact, van de meldingen met een eerste contact.', 'Median days to the first contact, of the concerns with a first contact.'],
  first_contact_days_p75: ['75e percentiel van de dagen tot het eerste contact.', '75th percentile of the days to the first contact.'],
  close_days_median: ['Mediaan aantal dagen tot afsluiten, van de afgesloten meldingen.', 'Median days to closing, of the closed concerns.'],
  close_days_p75: ['75e percentiel van de dagen tot afsluiten.', '75th percentile of the days to closing.'],
  first_contact_on_time_share: ['Aandeel eerste contacten op tijd (0–1), van de meldingen met een eerste contact.', 'Share of first contacts on time (0–1), of the concerns with a first contact.'],
  theme: ['Thema van het signaal, zonder persoonsgegevens.', 'Theme of the signal, without personal data.'],
  text: ['Tekst, zonder persoonsgegevens ([NAAM] enzovoort vervangen wat erop leek).', 'Text, without personal data ([NAAM] and so on replaced what looked like it).'],
  response: ['Antwoord of reactie van de gemeente, zonder persoonsgegevens.', 'Response of the municipality, without personal data.'],
  table: ['Naam van de tabel.', 'Name of the table.'],
  dimension: ['Kolom waarin categorieën zijn samengevoegd.', 'Column in which categories were merged.'],
  code: ['De code waaronder de samengevoegde categorieën staan.', 'The code the merged categories are counted under.'],
  members: ['De samengevoegde codes, gescheiden door ;.', 'The merged codes, separated by ;.'],
  cells: ['Aantal cellen in de tabel.', 'Number of cells in the table.'],
  withheld_cells: ['Aantal afgeschermde cellen.', 'Number of withheld cells.'],
  withheld_concerns: ['Meldingen in afgeschermde cellen van de fijnste indeling.', 'Concerns in withheld cells of the finest breakdown.'],
  withheld_share: ['Aandeel meldingen in afgeschermde cellen van de fijnste indeling (0–1).', 'Share of concerns in withheld cells of the finest breakdown (0–1).'],
  granularity: ['year, quarter of month.', 'year, quarter or month.'],
  first_day: ['Eerste dag met gegevens in de periode.', 'First day with data in the period.'],
  last_day: ['Laatste dag met gegevens in de periode.', 'Last day with data in the period.'],
  days: ['Aantal dagen met gegevens in de periode.', 'Number of days with data in the period.'],
  partial: ['Waar als de gegevens niet de hele periode beslaan.', 'True when the data does not cover the whole period.'],
}

const FIELD_TYPES: Record<PublishedColumn['type'], string> = { code: 'string', string: 'string', integer: 'integer', number: 'number', boolean: 'boolean', date: 'date' }

export type PackagedTable = { readonly name: string; readonly description: string; readonly descriptionEn?: string; readonly columns: readonly PublishedColumn[] }

function describe(column: string): readonly [string, string] {
  const code = column.endsWith('_label') ? column.slice(0, -'_label'.length) : undefined
  if (code) return [`Nederlandse omschrijving van ${code}.`, `Dutch label of ${code}.`]
  return COLUMNS[column] ?? [column, column]
}

/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing every published file:
 * per table its CSV, Parquet and Arrow resource with the same schema, every column described in Dutch
 * (`description`) and English (`description_en`).
 */
export function dataPackage(tables: readonly PackagedTable[], k: number, published: Date): object {
  const formats = [
    ['csv', 'text/csv'],
    ['parquet', 'application/vnd.apache.parquet'],
    ['arrow', 'application/vnd.apache.arrow.stream'],
  ] as const
  return {
    profile: 'tabular-data-package',
    name: 'klankbord-statistieken',
    title: 'Klankbord: geanonimiseerde cijfers van de onafhankelijke vertrouwenspersoon sociaal domein',
    description: `Aantallen meldingen, uitkomsten en signalen. Aantallen van 1 tot en met ${k - 1} zijn afgeschermd, en cellen die nodig zijn om ze te beschermen ook; totalen van ${k} of meer worden altijd getoond.`,
    description_en: `Counts of concerns, outcomes and signals. Counts from 1 to ${k - 1} are withheld, and so are cells needed to protect them; totals of ${k} or more are always shown.`,
    licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: 'Creative Commons Zero v1.0 Universal' }],
    created: published.toISOString(),
    resources: tables.flatMap((table) =>
      formats.map(([format, mediatype]) => ({
        name: format === 'csv' ? table.name.replace(/_/g, '-') : `${table.name.replace(/_/g, '-')}-${format}`,
        path: `${table.name}.${format}`,
        format,
        mediatype,
        ...(format === 'csv' ? { encoding: 'utf-8', profile: 'tabular-data-resource' } : {}),
        description: table.description,
        ...(table.descriptionEn ? { description_en: table.descriptionEn } : {}),
        schema: {
          fields: table.columns.map((column) => {
            const [nl, en] = describe(column.name)
            return { name: column.name, type: FIELD_TYPES[column.type], description: nl, description_en: en }
          }),
          missingValues: [''],
        },
      })),
    ),
  }
}

/** Writes datapackage.json beside the files, renamed into place like them. */
export async function writeDataPackage(outDir: string, content: object): Promise<void> {
  const partial = join(outDir, '.datapackage.json')
  await writeFile(partial, `${JSON.stringify(content, null, 2)}\n`)
  await rename(partial, join(outDir, 'datapackage.json'))
}

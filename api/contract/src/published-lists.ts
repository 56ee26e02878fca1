/** A list of texts published beside the tables of counts. */
export type PublishedList = {
  readonly name: string
  /** Dutch, for GET /api/v1/statistics. */
  readonly description: string
  /** English, for datapackage.json. */
  readonly descriptionEn: string
  /** Columns in order: a `code`, the `year` (a string, like the tables' dimensions) or redacted free `text`. */
  readonly columns: readonly ListColumn[]
}

type ListColumn = { readonly name: string; readonly type: 'code' | 'text' | 'year' }

/** Columns in order, written as name → type (object keys keep their order). */
const listColumns = (columns: Record<string, ListColumn['type']>): ListColumn[] => Object.entries(columns).map(([name, type]) => ({ name, type }))

/**
 * The published lists: the store extracts their rows (api/src/services/statistics/statistical-extract.ts), the
 * pipeline redacts and publishes them (analytics/src/pipeline/lists.ts). Their texts were checked for personal
 * data when the confidant wrote them, and are redacted again before publication.
 */
export const PUBLISHED_LISTS = [
  {
    name: 'signal_texts',
    description:
      'Signalen die de vertrouwenspersoon met de gemeente deelde, met het antwoord van de gemeente ("u zei, wij deden"). Zonder persoonsgegevens; wat erop leek is vervangen door [NAAM], [TELEFOON] enzovoort.',
    descriptionEn:
      'Signals the confidant shared with the municipality, with its response ("you said, we did"). Without personal data; what looked like it is replaced by [NAAM], [TELEFOON] and so on.',
    columns: listColumns({ year: 'year', municipality: 'code', domain: 'code', status: 'code', theme: 'text', text: 'text', response: 'text' }),
  },
  {
    name: 'recommendations',
    description: 'Aanbevelingen uit de jaarverslagen van de vertrouwenspersoon, met wat de gemeente ermee deed.',
    descriptionEn: 'Recommendations from the annual reports of the confidant, with what the municipality did with them.',
    columns: listColumns({ year: 'year', municipality: 'code', status: 'code', text: 'text', response: 'text' }),
  },
] as const satisfies readonly PublishedList[]

export type PublishedListName = (typeof PUBLISHED_LISTS)[number]['name']

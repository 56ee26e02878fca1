import type { StoreContext } from '../shared/service-context.js'

/** Names on the cover of a report: more than this many confidants read as "the confidants" instead. */
const NAMES_ON_COVER = 3

/**
 * The confidant's name for the report's cover, from the municipalities' settings (never residents' data): that
 * municipality's, or for all municipalities the one name they share, or a few names joined.
 */
export async function confidantNameFor(context: StoreContext, municipality: string | undefined): Promise<string | undefined> {
  const rows = await context.store.db.query.municipalitiesTable.findMany({ columns: { name: true, settings: true } })
  const names = [...new Set(rows.filter((row) => municipality === undefined || row.name === municipality).map((row) => row.settings.confidantName.trim()).filter(Boolean))]
  if (names.length === 0 || names.length > NAMES_ON_COVER) return undefined
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`
}

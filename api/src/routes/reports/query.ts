import * as z from 'zod'

/** GET /reports/{year}: the year in the path, optionally one municipality. Not yet in the contract: only the API reads it. */
export const ReportQuery = z
  .strictObject({
    municipality: z.string().trim().min(1).max(120).optional().meta({ description: 'Naam van één gemeente, zoals in de cijfers; zonder: alle gemeenten samen.' }),
  })
  .meta({ id: 'ReportQuery' })
export type ReportQuery = z.infer<typeof ReportQuery>

export const ReportYear = z.strictObject({ year: z.string().regex(/^\d{4}$/).meta({ description: 'Het jaar van het verslag, bijvoorbeeld 2025.' }) })

/** A file name that says what it is, e.g. jaarverslag-2025-bergen-l.pdf. */
export const reportFileName = (year: number, municipality: string | undefined): string =>
  `jaarverslag-${year}${municipality ? `-${municipality.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : ''}.pdf`

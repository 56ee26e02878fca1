/** A file name that says what it is, e.g. jaarverslag-2025-bergen-l.pdf. */
export const reportFileName = (year: number, municipality: string | undefined): string =>
  `jaarverslag-${year}${municipality ? `-${municipality.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : ''}.pdf`

/**
 * Names of municipalities and partner sites the inbox has seen in API answers. A confidant may not list them
 * (those lists are admin operations), so the inbox learns them from the concerns and signals it loads.
 */
const municipalities = new Map<string, string>()
const partners = new Map<string, string>()

export function learnMunicipality(municipality: { id: string; name: string }): void {
  municipalities.set(municipality.id, municipality.name)
}

export function learnPartner(partner: { id: string; name: string } | null): void {
  if (partner) partners.set(partner.id, partner.name)
}

/** The municipality's name, or its id when the inbox has not seen the name yet. */
export const municipalityName = (id: string): string => municipalities.get(id) ?? id

export const knownMunicipality = (id: string): boolean => municipalities.has(id)

export const knownPartners = (): { id: string; name: string }[] =>
  [...partners].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))

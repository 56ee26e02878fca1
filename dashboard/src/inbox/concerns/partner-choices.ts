import type { InboxPartnerList, Person, SessionInfo } from '@klankbord/contract'

/**
 * The partner sites as filter choices, by name. Two municipalities may each have a site with the same name
 * ("Gemeentewebsite"); those get the municipality's name added, or the choices could not be told apart.
 */
export function partnerChoices(partners: InboxPartnerList['items'], municipalities: SessionInfo['municipalities']): Person[] {
  const count = new Map<string, number>()
  for (const { name } of partners) count.set(name, (count.get(name) ?? 0) + 1)
  const municipalityName = (id: string) => municipalities.find((item) => item.id === id)?.name ?? id
  return partners
    .map(({ id, name, municipalityId }) => ({ id, name: (count.get(name) ?? 0) > 1 ? `${name} (${municipalityName(municipalityId)})` : name }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

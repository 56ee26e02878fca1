import { UserInput } from '@klankbord/contract'
import { municipalitiesTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'
import { setupUrl } from './create-user.js'
import { addUser } from './user-admin.js'

export type CliUserRequest = { email: string; role: string; name?: string; municipalityIds?: string[]; baseUrl: string }

/**
 * `klankbord user add`: how the first administrator is made. A confidant or council member without
 * `--municipality` gets the only municipality when there is just one, which is the common case.
 */
export async function addUserFromCli(context: StoreContext, request: CliUserRequest): Promise<{ id: string; email: string; role: string; setupUrl: string }> {
  let municipalityIds = request.municipalityIds ?? []
  if (!municipalityIds.length && request.role !== 'administrator') {
    const all = await context.store.db.select({ id: municipalitiesTable.id }).from(municipalitiesTable)
    if (all.length === 1) municipalityIds = [all[0]!.id]
  }
  const input = UserInput.parse({ email: request.email, role: request.role, name: request.name ?? request.email.split('@')[0], municipalityIds })
  const { row, token } = await addUser(context, input)
  return { id: row.id, email: row.email, role: row.role, setupUrl: setupUrl(request.baseUrl, token) }
}

import { UserInput } from '@klankbord/contract'
import { municipalitiesTable } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import { assertMunicipalities } from './user-admin.js'
import { createUser, setupUrl } from './create-user.js'

export type CliUserRequest = { email: string; role: string; name?: string; municipalityIds?: string[]; baseUrl: string }

/**
 * `klankbord user add`: how the first administrator is made. A confidant or council member without
 * `--municipality` gets the only municipality when there is just one, which is the common case.
 */
export async function addUserFromCli(db: Db, request: CliUserRequest, now: Date): Promise<{ id: string; email: string; role: string; setupUrl: string }> {
  let municipalityIds = request.municipalityIds ?? []
  if (!municipalityIds.length && request.role !== 'administrator') {
    const all = await db.select({ id: municipalitiesTable.id }).from(municipalitiesTable)
    if (all.length === 1) municipalityIds = [all[0]!.id]
  }
  const input = UserInput.parse({ email: request.email, role: request.role, name: request.name ?? request.email.split('@')[0], municipalityIds })
  await assertMunicipalities(db, input.municipalityIds)
  const { row, token } = await createUser(db, input, now)
  await recordAudit(db, { name: 'user.create', actor: { id: null, role: 'system' }, processingActivity: PROCESSING_ACTIVITIES.accountManagement, objectType: 'user', objectId: row.id, startTime: now })
  return { id: row.id, email: row.email, role: row.role, setupUrl: setupUrl(request.baseUrl, token) }
}

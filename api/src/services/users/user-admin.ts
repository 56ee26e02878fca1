import type { User } from '@klankbord/contract'
import { eq, inArray } from 'drizzle-orm'
import * as z from 'zod'
import { UserUpdate } from '@klankbord/contract'
import { municipalitiesTable, usersTable } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'
import { InputError } from '../shared/errors.js'
import { deleteUserSessions } from './sessions.js'
import { toUser } from './user-view.js'

export async function listUsers(db: Db): Promise<User[]> {
  return (await db.select().from(usersTable).orderBy(usersTable.name)).map(toUser)
}

/** Every municipality id must exist: a typo would silently give a confidant an empty inbox. */
export async function assertMunicipalities(db: Db, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  const found = await db.select({ id: municipalitiesTable.id }).from(municipalitiesTable).where(inArray(municipalitiesTable.id, [...ids]))
  if (found.length !== new Set(ids).size)
    throw new InputError('municipalityIds', 'unknown', { nl: 'Een of meer gemeenten bestaan niet.', en: 'One or more municipalities do not exist.' })
}

/** Changes role, name or municipalities, or disables the account; disabling and role changes end its sessions. */
export async function updateUser(db: Db, id: string, input: z.output<typeof UserUpdate>, now: Date): Promise<User | undefined> {
  if (input.municipalityIds) await assertMunicipalities(db, input.municipalityIds)
  const changes = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(input.municipalityIds ? { municipalityIds: [...new Set(input.municipalityIds)] } : {}),
    ...(input.disabled !== undefined ? { disabledAt: input.disabled ? now : null } : {}),
  }
  const [row] = Object.keys(changes).length
    ? await db.update(usersTable).set(changes).where(eq(usersTable.id, id)).returning()
    : await db.select().from(usersTable).where(eq(usersTable.id, id))
  if (!row) return undefined
  if (input.disabled || input.role) await deleteUserSessions(db, id)
  return toUser(row)
}

import type { User, UserInput } from '@klankbord/contract'
import { eq, inArray } from 'drizzle-orm'
import * as z from 'zod'
import { UserUpdate } from '@klankbord/contract'
import { municipalitiesTable, usersTable } from '../../db/schema/index.js'
import { InputError } from '../shared/errors.js'
import type { StoreContext } from '../shared/service-context.js'
import { auditAccount } from './audit-account.js'
import { createUser } from './create-user.js'
import { clearAccountThrottle } from './login-throttle.js'
import { deleteUserSessions } from './sessions.js'
import { toUser } from './user-view.js'

export async function listUsers(context: StoreContext): Promise<User[]> {
  return (await context.store.db.select().from(usersTable).orderBy(usersTable.name)).map(toUser)
}

/** Every municipality id must exist: a typo would silently give a confidant an empty inbox. */
export async function assertMunicipalities(context: StoreContext, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  const found = await context.store.db.select({ id: municipalitiesTable.id }).from(municipalitiesTable).where(inArray(municipalitiesTable.id, [...ids]))
  if (found.length !== new Set(ids).size)
    throw new InputError('municipalityIds', 'unknown', { nl: 'Een of meer gemeenten bestaan niet.', en: 'One or more municipalities do not exist.' })
}

/** Creates an account for an administrator or the CLI; the returned token makes the one-time setup link. */
export async function addUser(context: StoreContext, input: UserInput) {
  await assertMunicipalities(context, input.municipalityIds)
  const created = await createUser(context, input)
  await auditAccount(context, 'user.create', created.row.id)
  return created
}

/** Changes role, name or municipalities, or disables the account; disabling and role changes end its sessions. */
export async function updateUser(context: StoreContext, id: string, input: z.output<typeof UserUpdate>): Promise<User | undefined> {
  const { db } = context.store
  const now = context.now()
  if (input.municipalityIds) await assertMunicipalities(context, input.municipalityIds)
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
  if (input.disabled || input.role) await deleteUserSessions(context, id)
  await auditAccount(context, 'user.update', row.id)
  return toUser(row)
}

/** An administrator lifts a lock and the waiting between attempts, from every address. */
export async function unlockUser(context: StoreContext, userId: string): Promise<boolean> {
  const rows = await context.store.db.update(usersTable).set({ failedLogins: 0, lockedAt: null }).where(eq(usersTable.id, userId)).returning({ email: usersTable.email })
  if (!rows[0]) return false
  await clearAccountThrottle(context.store.db, rows[0].email)
  await auditAccount(context, 'user.unlock', userId)
  return true
}

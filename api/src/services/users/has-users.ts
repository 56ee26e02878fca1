import { usersTable } from '../../db/schema/index.js'
import type { StoreContext } from '../shared/service-context.js'

/** Whether any account exists; a fresh installation needs its first administrator from the CLI. */
export async function hasUsers(context: StoreContext): Promise<boolean> {
  return (await context.store.db.select({ id: usersTable.id }).from(usersTable).limit(1)).length > 0
}

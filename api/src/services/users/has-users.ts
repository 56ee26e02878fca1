import { usersTable } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'

/** Whether any account exists; a fresh installation needs its first administrator from the CLI. */
export async function hasUsers(db: Db): Promise<boolean> {
  return (await db.select({ id: usersTable.id }).from(usersTable).limit(1)).length > 0
}

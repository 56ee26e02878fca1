import { eq } from 'drizzle-orm'
import { concernsTable } from '../../db/schema/index.js'
import type { ServiceContext } from '../shared/service-context.js'

/** What a resident holds to reach their concern: the reference and the private follow-up code. */
export type ResidentCredentials = { readonly reference: string; readonly code: string }

/** The concern a reference and follow-up code open, or undefined when the reference is unknown or the code is wrong (indistinguishable on purpose). */
export async function concernForCode(context: ServiceContext, { reference, code }: ResidentCredentials) {
  const [concern] = await context.store.db.select().from(concernsTable).where(eq(concernsTable.reference, reference)).limit(1)
  const valid = context.followUp.verify(code, concern?.followUpHash)
  return concern && valid ? concern : undefined
}

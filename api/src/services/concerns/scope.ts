import { and, eq, inArray, type SQL } from 'drizzle-orm'
import type { SignedInUser } from '../../auth/auth-context.js'
import { concernsTable } from '../../db/schema/index.js'

/** Every case query is limited to the municipalities the confidant serves; a case outside them does not exist for them. */
export function inScope(user: SignedInUser): SQL {
  return inArray(concernsTable.municipalityId, user.municipalityIds.length ? [...user.municipalityIds] : ['\u0000none'])
}

export function caseInScope(user: SignedInUser, concernId: string): SQL {
  return and(eq(concernsTable.id, concernId), inScope(user))!
}

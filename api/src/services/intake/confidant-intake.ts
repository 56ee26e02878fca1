import type { ConfidantIntakeInput, IntakeCreated } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import type * as z from 'zod'
import type { SignedInUser } from '../../auth/auth-context.js'
import { municipalitiesTable } from '../../db/schema/index.js'
import { createConcern, type CreateConcernDeps } from './create-concern.js'
import { InputError } from '../shared/errors.js'
import { auditCase, type RequestTrace } from '../shared/audit/audit-case.js'

/** A concern taken by phone, at a walk-in hour, by e-mail or letter: the same record as the widget's, with its channel and no partner. */
export async function confidantIntake(deps: CreateConcernDeps, user: SignedInUser, input: z.output<typeof ConfidantIntakeInput>, trace: RequestTrace): Promise<IntakeCreated> {
  const { municipalityId, channel, ...content } = input
  const [municipality] = user.municipalityIds.includes(municipalityId) ? await deps.store.db.select().from(municipalitiesTable).where(eq(municipalitiesTable.id, municipalityId)) : []
  if (!municipality) throw new InputError('municipalityId', 'out-of-scope', { nl: 'Kies een gemeente waarvoor u werkt.', en: 'Choose a municipality you work for.' })
  const origin = { partnerId: null, municipalityId, firstContactWorkingDays: municipality.settings.firstContactWorkingDays }
  const { created, concernId } = await createConcern(deps, content, origin, { channel })
  await auditCase(deps.store.db, user, 'concern.create', concernId, trace, deps.now())
  return { ...created, id: concernId }
}

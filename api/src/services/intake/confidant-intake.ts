import type { ConfidantIntakeInput, IntakeCreated } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import type * as z from 'zod'
import { municipalitiesTable } from '../../db/schema/index.js'
import { auditCase } from '../shared/audit/audit-case.js'
import { InputError } from '../shared/errors.js'
import type { StaffContext } from '../shared/service-context.js'
import { createConcern } from './create-concern.js'

/** A concern taken by phone, at a walk-in hour, by e-mail or letter: the same record as the widget's, with its channel and no partner. */
export async function confidantIntake(context: StaffContext, input: z.output<typeof ConfidantIntakeInput>): Promise<IntakeCreated> {
  const { municipalityId, channel, ...content } = input
  const [municipality] = context.user.municipalityIds.includes(municipalityId) ? await context.store.db.select().from(municipalitiesTable).where(eq(municipalitiesTable.id, municipalityId)) : []
  if (!municipality) throw new InputError('municipalityId', 'out-of-scope', { nl: 'Kies een gemeente waarvoor u werkt.', en: 'Choose a municipality you work for.' })
  const origin = { partnerId: null, municipalityId, firstContactWorkingDays: municipality.settings.firstContactWorkingDays }
  const { created, concernId } = await createConcern(context, { content, origin, channel })
  await auditCase(context, 'concern.create', concernId, context.now())
  return { ...created, id: concernId }
}

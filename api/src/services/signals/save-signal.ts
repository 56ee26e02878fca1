import type { Signal, SignalInput, SignalUpdate } from '@klankbord/contract'
import type { SignalStatus } from '@klankbord/contract/vocabulary'
import { and, eq } from 'drizzle-orm'
import { concernsTable, signalsTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import { InputError } from '../shared/errors.js'
import { checkTexts } from '../shared/personal-data-check.js'
import type { StaffContext } from '../shared/service-context.js'
import { getSignal } from './signal-view.js'

const notInScope = () => new InputError('municipalityId', 'out-of-scope', { nl: 'U werkt niet voor deze gemeente.', en: 'You do not work for this municipality.' })

export async function createSignal(context: StaffContext, input: SignalInput): Promise<Signal> {
  const { db } = context.store
  const { user } = context
  const now = context.now()
  if (!user.municipalityIds.includes(input.municipalityId)) throw notInScope()
  if (input.concernId) {
    const [concern] = await db.select({ id: concernsTable.id }).from(concernsTable).where(and(eq(concernsTable.id, input.concernId), eq(concernsTable.municipalityId, input.municipalityId)))
    if (!concern) throw new InputError('concernId', 'unknown', { nl: 'Deze melding bestaat niet bij deze gemeente.', en: 'This concern does not exist for this municipality.' })
  }
  checkTexts([{ field: 'theme', value: input.theme }, { field: 'text', value: input.text }], input.acceptPersonalDataWarning)
  const id = newId('sig')
  await db.insert(signalsTable).values({
    id,
    municipalityId: input.municipalityId,
    concernId: input.concernId ?? null,
    domain: input.domain,
    theme: input.theme,
    text: input.text,
    createdBy: user.id,
    createdAt: now,
    updatedAt: now,
  })
  return (await getSignal(context, id))!
}

const STATUS_TIME: Record<SignalStatus, 'sharedAt' | 'answeredAt' | 'improvedAt' | undefined> = { new: undefined, shared: 'sharedAt', answered: 'answeredAt', improved: 'improvedAt' }

/** Moves a signal on (new → shared → answered → improved) and records the municipality's response. */
export async function updateSignal(context: StaffContext, id: string, input: SignalUpdate): Promise<Signal | undefined> {
  const now = context.now()
  const existing = await getSignal(context, id)
  if (!existing) return undefined
  checkTexts(
    [
      { field: 'theme', value: input.theme },
      { field: 'text', value: input.text },
      { field: 'response', value: input.response },
    ],
    input.acceptPersonalDataWarning,
  )
  const stamp = input.status && input.status !== existing.status ? STATUS_TIME[input.status] : undefined
  await context.store.db
    .update(signalsTable)
    .set({
      ...(input.status ? { status: input.status } : {}),
      ...(input.theme ? { theme: input.theme } : {}),
      ...(input.text ? { text: input.text } : {}),
      ...(input.response !== undefined ? { response: input.response || null } : {}),
      ...(stamp ? { [stamp]: now } : {}),
      updatedAt: now,
    })
    .where(eq(signalsTable.id, id))
  return getSignal(context, id)
}

import type { Signal, SignalInput, SignalUpdate } from '@klankbord/contract'
import type { SignalStatus } from '@klankbord/contract/vocabulary'
import { and, eq } from 'drizzle-orm'
import type { SignedInUser } from '../../auth/auth-context.js'
import { concernsTable, signalsTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { InputError } from '../shared/errors.js'
import { checkTexts } from '../shared/personal-data-check.js'
import { getSignal } from './signal-view.js'

const notInScope = () => new InputError('municipalityId', 'out-of-scope', { nl: 'U werkt niet voor deze gemeente.', en: 'You do not work for this municipality.' })

export async function createSignal(db: Db, user: SignedInUser, input: SignalInput, now: Date): Promise<Signal> {
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
  return (await getSignal(db, user.municipalityIds, id))!
}

const STATUS_TIME: Record<SignalStatus, 'sharedAt' | 'answeredAt' | 'improvedAt' | undefined> = { new: undefined, shared: 'sharedAt', answered: 'answeredAt', improved: 'improvedAt' }

/** Moves a signal on (new → shared → answered → improved) and records the municipality's response. */
export async function updateSignal(db: Db, user: SignedInUser, id: string, input: SignalUpdate, now: Date): Promise<Signal | undefined> {
  const existing = await getSignal(db, user.municipalityIds, id)
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
  await db
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
  return getSignal(db, user.municipalityIds, id)
}

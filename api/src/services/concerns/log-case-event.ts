import type { ContactLogInput } from '@klankbord/contract'
import type { OrganisationKind } from '@klankbord/contract/vocabulary'
import { concernEventsTable, type EventData } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { auditCase } from '../shared/audit/audit-case.js'
import { InputError } from '../shared/errors.js'
import type { StaffContext } from '../shared/service-context.js'
import { encryptEventText, type EventText } from './event-text.js'
import { caseForUpdate, touchCase } from './touch-case.js'

export type CaseEventInput =
  | { type: 'note'; text: string }
  | { type: 'contact'; contact: ContactLogInput }
  | { type: 'time'; minutes: number; activity?: string }
  | { type: 'consent'; organisation: string; organisationKind: OrganisationKind; how: string }

function toRow(input: CaseEventInput): { data: EventData; text: EventText; firstContact: boolean } {
  switch (input.type) {
    case 'note':
      return { data: {}, text: { text: input.text }, firstContact: false }
    case 'time':
      return { data: { minutes: input.minutes }, text: { text: input.activity }, firstContact: false }
    case 'consent':
      return { data: { organisationKind: input.organisationKind, contactKind: input.how, consent: true }, text: { organisation: input.organisation }, firstContact: false }
    case 'contact': {
      const c = input.contact
      if (c.party === 'organisation' && (!c.organisation || c.consent !== true))
        throw new InputError(c.organisation ? 'consent' : 'organisation', 'required', {
          nl: 'Bij contact met een organisatie: vul de organisatie in en bevestig dat de inwoner toestemming gaf.',
          en: 'For contact with an organisation: fill in the organisation and confirm the resident gave consent.',
        })
      return {
        data: { contactKind: c.kind, party: c.party, minutes: c.minutes, ...(c.party === 'organisation' ? { consent: true, organisationKind: c.organisationKind ?? 'other' } : {}) },
        text: { text: c.summary, organisation: c.party === 'organisation' ? c.organisation : undefined },
        firstContact: c.party === 'resident',
      }
    }
  }
}

const AUDIT_NAME = { note: 'concern.note', contact: 'concern.contact', time: 'concern.time', consent: 'concern.consent' } as const

/** Adds a note, a contact, time spent or a consent to the timeline; free text is encrypted like the description. */
export async function logCaseEvent(context: StaffContext, concernId: string, input: CaseEventInput): Promise<string> {
  const now = context.now()
  await caseForUpdate(context, concernId)
  const { data, text, firstContact } = toRow(input)
  const id = newId('evt')
  await context.store.db.transaction(async (tx) => {
    await tx.insert(concernEventsTable).values({ id, concernId, type: input.type, actorId: context.user.id, data, textCipher: encryptEventText(context.cipher, id, text), createdAt: now })
    await touchCase(tx as unknown as Db, concernId, now, { firstContact })
  })
  await auditCase(context, AUDIT_NAME[input.type], concernId, now)
  return id
}

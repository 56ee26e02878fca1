import type { SeedBatch, SeedConcern } from '@klankbord/fixtures'
import {
  concernContactsTable,
  concernEventsTable,
  concernMessagesTable,
  concernTextsTable,
  concernsTable,
  signalsTable,
  type EventData,
} from '../../db/schema/index.js'
import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { newFollowUpCode, newReference } from '../../security/codes.js'
import type { FollowUpHasher } from '../../security/follow-up-hash.js'
import { encryptEventText } from '../concerns/event-text.js'
import type { SeedIds } from './ensure-seed-setting.js'
import type { NewSeedId } from './seed-ids.js'

/**
 * A row as jsonInsert sends it: timestamps as ISO strings, which json_populate_recordset reads exactly as
 * it reads the strings jsonInsert makes of Dates. The seed's times are ISO strings already, so a million
 * concerns skip some twenty million Date conversions.
 */
export type IsoRow<T> = { [K in keyof T]: Date extends T[K] ? Exclude<T[K], Date> | string : T[K] }

/** The rows of one batch, table by table, in the order foreign keys need them. */
export type SeedRows = {
  concerns: IsoRow<typeof concernsTable.$inferInsert>[]
  concernContacts: IsoRow<typeof concernContactsTable.$inferInsert>[]
  concernTexts: IsoRow<typeof concernTextsTable.$inferInsert>[]
  concernEvents: IsoRow<typeof concernEventsTable.$inferInsert>[]
  concernMessages: IsoRow<typeof concernMessagesTable.$inferInsert>[]
  signals: IsoRow<typeof signalsTable.$inferInsert>[]
}

export type SeedRowDeps = { cipher: Cipher; followUp: FollowUpHasher; ids: SeedIds; newId: NewSeedId }

/**
 * Turns generated concerns into store rows as intake and the inbox would write them: ids of the same shape,
 * a reference and a follow-up hash, every free text and contact detail encrypted with its own associated data.
 * Nobody learns the follow-up codes, so a seeded concern cannot be opened from the follow-up page.
 */
export function seedRows(deps: SeedRowDeps, batch: SeedBatch): SeedRows {
  const rows: SeedRows = { concerns: [], concernContacts: [], concernTexts: [], concernEvents: [], concernMessages: [], signals: [] }
  const concernIds = new Map<number, string>()
  for (const concern of batch.concerns) {
    const id = deps.newId('con')
    concernIds.set(concern.index, id)
    addConcern(deps, rows, id, concern)
  }
  for (const s of batch.signals)
    rows.signals.push({
      id: deps.newId('sig'),
      municipalityId: deps.ids.municipalities.get(s.municipality)!,
      concernId: s.concernIndex === null ? null : (concernIds.get(s.concernIndex) ?? null),
      domain: s.domain,
      theme: s.theme,
      text: s.text,
      status: s.status,
      response: s.response,
      createdBy: deps.ids.users.get(s.createdBy) ?? null,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      sharedAt: s.sharedAt,
      answeredAt: s.answeredAt,
      improvedAt: s.improvedAt,
    })
  return rows
}

function addConcern({ cipher, followUp, ids, newId }: SeedRowDeps, rows: SeedRows, id: string, c: SeedConcern): void {
  const user = (key: string | null | undefined) => (key ? (ids.users.get(key) ?? null) : null)
  rows.concerns.push({
    id,
    reference: newReference(),
    municipalityId: ids.municipalities.get(c.municipality)!,
    partnerId: c.partner === null ? null : ids.partners.get(c.partner)!,
    channel: c.channel,
    domain: c.domain,
    kinds: c.kinds,
    wish: c.wish,
    decisionDate: c.decisionDate,
    onBehalfOf: c.onBehalfOf,
    locale: c.locale,
    contactMode: c.contactMode,
    status: c.status,
    followUpHash: followUp.hash(newFollowUpCode()),
    firstContactBy: c.firstContactBy,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    assigneeId: user(c.assignee),
    supportGiven: c.supportGiven,
    outcome: c.outcome,
    firstContactAt: c.firstContactAt,
    closedAt: c.closedAt,
    erasedAt: c.erasedAt,
  })
  if (c.contact) rows.concernContacts.push({ concernId: id, detailsCipher: cipher.encrypt(JSON.stringify(c.contact), CIPHER_CONTEXTS.contact(id)) })
  if (c.description !== null)
    rows.concernTexts.push({
      concernId: id,
      descriptionCipher: cipher.encrypt(c.description, CIPHER_CONTEXTS.description(id)),
      organisationCipher: c.organisation === null ? null : cipher.encrypt(c.organisation, CIPHER_CONTEXTS.organisation(id)),
    })
  for (const e of c.events) {
    const eventId = newId('evt')
    const { assignee, ...codes } = e.data
    const data: EventData = assignee === undefined ? codes : { ...codes, assigneeId: user(assignee) }
    rows.concernEvents.push({ id: eventId, concernId: id, type: e.type, actorId: user(e.actor), data, textCipher: e.text ? encryptEventText(cipher, eventId, e.text) : null, createdAt: e.at })
  }
  for (const m of c.messages) {
    const messageId = newId('msg')
    rows.concernMessages.push({
      id: messageId,
      concernId: id,
      sender: m.sender,
      bodyCipher: cipher.encrypt(m.body, CIPHER_CONTEXTS.message(messageId)),
      authorId: user(m.author),
      readAt: m.readAt,
      createdAt: m.at,
    })
  }
}

/** New references for a batch whose insert hit an existing one (about 40 bits each, so rare but possible at a million). */
export function renewReferences(rows: SeedRows): void {
  for (const row of rows.concerns) row.reference = newReference()
}

export function countRows(rows: SeedRows): number {
  return Object.values(rows).reduce((sum, table: unknown[]) => sum + table.length, 0)
}

import type { Locale } from '@klankbord/contract/vocabulary'
import { eq } from 'drizzle-orm'
import { concernContactsTable, concernMessagesTable } from '../../db/schema/index.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import type { Mailer } from '../mail/mailer.js'
import { auditCase } from '../shared/audit/audit-case.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import { InputError } from '../shared/errors.js'
import type { StaffContext } from '../shared/service-context.js'
import { caseForUpdate, touchCase } from './touch-case.js'

/**
 * A message to the resident, who reads it with reference and follow-up code. A resident who chose e-mail
 * gets a notice without any content; the address is decrypted only for that, and that is logged too.
 */
export async function sendMessage(context: StaffContext, concernId: string, body: string): Promise<string> {
  const now = context.now()
  const row = await caseForUpdate(context, concernId)
  if (row.erasedAt)
    throw new InputError('body', 'erased', { nl: 'De gegevens van deze melding zijn gewist; berichten kunnen niet meer.', en: 'This concern was erased; messages are no longer possible.' })
  const id = newId('msg')
  await context.store.db.transaction(async (tx) => {
    await tx.insert(concernMessagesTable).values({ id, concernId, sender: 'confidant', authorId: context.user.id, bodyCipher: context.cipher.encrypt(body, CIPHER_CONTEXTS.message(id)), createdAt: now })
    await touchCase(tx as unknown as Db, concernId, now, { firstContact: true })
  })
  await auditCase(context, 'concern.message', concernId, now)
  if (context.mailer && row.contactMode === 'email') await notify(context, context.mailer, concernId, row.locale as Locale)
  return id
}

async function notify(context: StaffContext, mailer: Mailer, concernId: string, locale: Locale): Promise<void> {
  const startTime = context.now()
  const [contact] = await context.store.db.select().from(concernContactsTable).where(eq(concernContactsTable.concernId, concernId))
  if (!contact) return
  const { email } = JSON.parse(context.cipher.decrypt(contact.detailsCipher, CIPHER_CONTEXTS.contact(concernId))) as { email?: string }
  if (!email) return
  let ok = true
  try {
    await mailer.notifyNewMessage(email, locale)
  } catch (error) {
    ok = false
    // The message itself is stored; only the notice failed. Log the reason, never the address.
    context.log.warn({ concernId, err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'message notification failed')
  }
  await recordAudit(context, { name: 'concern.notify', processingActivity: PROCESSING_ACTIVITIES.residentDialogue, objectType: 'concern', objectId: concernId, startTime, ok })
}

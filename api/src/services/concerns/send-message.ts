import type { Locale } from '@klankbord/contract/vocabulary'
import { eq } from 'drizzle-orm'
import type { SignedInUser } from '../../auth/auth-context.js'
import { concernContactsTable, concernMessagesTable } from '../../db/schema/index.js'
import type { Log } from '../../log.js'
import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { PROCESSING_ACTIVITIES } from '../shared/audit/processing-activities.js'
import { recordAudit } from '../shared/audit/record-audit.js'
import type { Mailer } from '../mail/mailer.js'
import { InputError } from '../shared/errors.js'
import { auditCase, type RequestTrace } from '../shared/audit/audit-case.js'
import { caseForUpdate, touchCase } from './touch-case.js'

export type SendMessageDeps = { db: Db; cipher: Cipher; mailer: Mailer | undefined; log: Log; now: () => Date }

/**
 * A message to the resident, who reads it with reference and follow-up code. A resident who chose e-mail
 * gets a notice without any content; the address is decrypted only for that, and that is logged too.
 */
export async function sendMessage(deps: SendMessageDeps, user: SignedInUser, concernId: string, body: string, trace: RequestTrace): Promise<string> {
  const now = deps.now()
  const row = await caseForUpdate(deps.db, user, concernId)
  if (row.erasedAt)
    throw new InputError('body', 'erased', { nl: 'De gegevens van deze melding zijn gewist; berichten kunnen niet meer.', en: 'This concern was erased; messages are no longer possible.' })
  const id = newId('msg')
  await deps.db.transaction(async (tx) => {
    await tx.insert(concernMessagesTable).values({ id, concernId, sender: 'confidant', authorId: user.id, bodyCipher: deps.cipher.encrypt(body, CIPHER_CONTEXTS.message(id)), createdAt: now })
    await touchCase(tx as unknown as Db, concernId, now, { firstContact: true })
  })
  await auditCase(deps.db, user, 'concern.message', concernId, trace, now)
  if (deps.mailer && row.contactMode === 'email') await notify(deps, deps.mailer, user, concernId, row.locale as Locale, trace)
  return id
}

async function notify(deps: SendMessageDeps, mailer: Mailer, user: SignedInUser, concernId: string, locale: Locale, trace: RequestTrace): Promise<void> {
  const startTime = deps.now()
  const [contact] = await deps.db.select().from(concernContactsTable).where(eq(concernContactsTable.concernId, concernId))
  if (!contact) return
  const { email } = JSON.parse(deps.cipher.decrypt(contact.detailsCipher, CIPHER_CONTEXTS.contact(concernId))) as { email?: string }
  if (!email) return
  let ok = true
  try {
    await mailer.notifyNewMessage(email, locale)
  } catch (error) {
    ok = false
    // The message itself is stored; only the notice failed. Log the reason, never the address.
    deps.log.warn({ concernId, err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'message notification failed')
  }
  await recordAudit(deps.db, {
    name: 'concern.notify',
    actor: { id: user.id, role: user.role },
    processingActivity: PROCESSING_ACTIVITIES.residentDialogue,
    objectType: 'concern',
    objectId: concernId,
    startTime,
    ok,
    ...trace,
  })
}

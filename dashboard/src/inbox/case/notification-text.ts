import type { CaseDetail } from '@klankbord/contract'
import type { Messages } from '../i18n/messages-nl.js'

/** Whether the resident hears of a new message: only by e-mail, only when they chose e-mail and the server can send it. */
export function notificationText(detail: Pick<CaseDetail, 'mailConfigured'> & { item: { contactMode: string } }, m: Messages): string {
  if (detail.item.contactMode !== 'email') return m.messageNoMailChosen
  if (!detail.mailConfigured) return m.messageMailNotConfigured
  return m.messageMailNotice
}

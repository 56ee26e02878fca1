import type { InboxItem } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { dataTable } from '../common/data-table.js'
import { amsterdamDate, formatShortDate } from '../format/dates.js'
import { ageInDays } from '../format/deadlines.js'
import { domainLabel, kindLabel, partnerKindLabel, statusLabel, wishLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { routeHash } from '../routing/routes.js'
import { firstContactText, objectionText } from './deadline-text.js'

/** The inbox as a data table: one row per concern, codes and deadlines only, the reference links to the case. */
export class KbInboxTable extends KbElement {
  static override properties = { items: { attribute: false }, caption: {} }

  /** **items**, the rows, in the server's order (newest first). */
  items: readonly InboxItem[] = []
  /** **caption**, the table's caption. */
  caption = ''

  protected override render() {
    const m = t()
    const now = new Date()
    return dataTable({
      id: 'inbox',
      caption: this.caption,
      rows: this.items,
      rowClass: (item) => (item.overdue && item.status !== 'closed' ? 'row--overdue' : ''),
      columns: [
        [
          m.colReference,
          (item) =>
            html`<a href=${routeHash({ view: 'case', id: item.id })}>${item.reference}</a>
              ${item.erased ? html`<span class="badge badge--muted">${m.erased}</span>` : nothing}`,
        ],
        [m.colReceived, (item) => html`${formatShortDate(amsterdamDate(new Date(item.createdAt)), locale())}<br /><span class="muted">${m.ageDays(ageInDays(item.createdAt, now))}</span>`],
        [m.colDomain, (item) => domainLabel(item.domain)],
        [m.colKinds, (item) => item.kinds.map(kindLabel).join('; ')],
        [m.colWish, (item) => wishLabel(item.wish)],
        [m.colVia, (item) => (item.partner ? html`${item.partner.name}<br /><span class="muted">${partnerKindLabel(item.partner.kind)}</span>` : m.channelLabels[item.channel])],
        [m.colStatus, (item) => statusLabel(item.status)],
        [m.colAssignee, (item) => item.assignee?.name ?? html`<span class="muted">${m.nobody}</span>`],
        [m.colFirstContact, (item) => firstContactText(item, now)],
        [m.colObjection, (item) => objectionText(item.objectionDeadline, now)],
        [m.colMessages, (item) => (item.unreadMessages > 0 ? html`<strong>${m.unread(item.unreadMessages)}</strong>` : html`<span class="muted">${m.none}</span>`)],
      ],
    })
  }
}

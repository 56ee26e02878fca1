import type { InboxItem } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
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
    return html`<div class="table-scroll" role="region" aria-labelledby="inbox-caption" tabindex="0">
      <table class="table">
        <caption id="inbox-caption">${this.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${m.colReference}</th>
            <th scope="col">${m.colReceived}</th>
            <th scope="col">${m.colDomain}</th>
            <th scope="col">${m.colKinds}</th>
            <th scope="col">${m.colWish}</th>
            <th scope="col">${m.colVia}</th>
            <th scope="col">${m.colStatus}</th>
            <th scope="col">${m.colAssignee}</th>
            <th scope="col">${m.colFirstContact}</th>
            <th scope="col">${m.colObjection}</th>
            <th scope="col">${m.colMessages}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.items,
            (item) => item.id,
            (item) => html`<tr class=${item.overdue && item.status !== 'closed' ? 'row--overdue' : ''}>
              <th scope="row">
                <a href=${routeHash({ view: 'case', id: item.id })}>${item.reference}</a>
                ${item.erased ? html`<span class="badge badge--muted">${m.erased}</span>` : nothing}
              </th>
              <td>${formatShortDate(amsterdamDate(new Date(item.createdAt)), locale())}<br /><span class="muted">${m.ageDays(ageInDays(item.createdAt, now))}</span></td>
              <td>${domainLabel(item.domain)}</td>
              <td>${item.kinds.map(kindLabel).join('; ')}</td>
              <td>${wishLabel(item.wish)}</td>
              <td>${item.partner ? html`${item.partner.name}<br /><span class="muted">${partnerKindLabel(item.partner.kind)}</span>` : m.channelLabels[item.channel]}</td>
              <td>${statusLabel(item.status)}</td>
              <td>${item.assignee?.name ?? html`<span class="muted">${m.nobody}</span>`}</td>
              <td>${firstContactText(item, now)}</td>
              <td>${objectionText(item.objectionDeadline, now)}</td>
              <td>${item.unreadMessages > 0 ? html`<strong>${m.unread(item.unreadMessages)}</strong>` : html`<span class="muted">${m.none}</span>`}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`
  }
}

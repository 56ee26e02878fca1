import type { InboxList, InboxPartnerList, Person, SessionInfo } from '@klankbord/contract'
import { SESSION_IDLE_MINUTES, STATUSES, type Status } from '@klankbord/contract/vocabulary'
import { html, nothing, type PropertyValues } from 'lit'
import { api } from '../api/inbox-api.js'
import { activeWithin } from '../common/user-activity.js'
import { describeFailure } from '../forms/form-controller.js'
import { formatDateTime } from '../format/dates.js'
import { statusLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { filtersToQuery, hasFilters, PAGE_SIZE, type InboxFilters } from '../routing/inbox-filters.js'
import { routeHash } from '../routing/routes.js'
import { partnerChoices } from './partner-choices.js'

const POLL_MS = 10_000
const IDLE_MS = SESSION_IDLE_MINUTES * 60_000

const total = (counts: InboxList['counts']): number => Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0)

/** The confidant's inbox: counts per status, filters, the table, and a check for news every ten seconds. */
export class KbInboxView extends KbElement {
  static override properties = {
    filters: { attribute: false },
    session: { attribute: false },
    list: { state: true },
    loadError: { state: true },
    confidants: { state: true },
    partners: { state: true },
    announcement: { state: true },
  }

  /** **filters**, from the URL hash. */
  filters: InboxFilters = {}
  /** **session**, the logged-in confidant. */
  session: SessionInfo | null = null
  list: InboxList | null = null
  loadError = ''
  confidants: Person[] = []
  partners: InboxPartnerList['items'] = []
  announcement = ''
  private timer: number | undefined
  private loads = 0

  override connectedCallback(): void {
    super.connectedCallback()
    this.timer = window.setInterval(() => void this.poll(), POLL_MS)
    // Without these lists the filters just offer fewer choices; the inbox itself still works.
    void api.listConfidants().then(
      (list) => (this.confidants = list.items),
      () => undefined,
    )
    void api.listInboxPartners().then(
      (list) => (this.partners = list.items),
      () => undefined,
    )
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.clearInterval(this.timer)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filters')) void this.load()
  }

  private async load(options: { announce?: boolean } = {}): Promise<void> {
    const load = ++this.loads
    try {
      const list = await api.listInbox(filtersToQuery(this.filters))
      if (load !== this.loads) return
      // Counts are per status without filters, so their sum grows by exactly the concerns that came in.
      const added = this.list ? total(list.counts) - total(this.list.counts) : 0
      if (options.announce && added > 0) this.announcement = t().newConcerns(added, formatDateTime(new Date().toISOString(), locale()))
      this.list = list
      this.loadError = ''
    } catch (error) {
      if (load !== this.loads) return
      this.loadError = describeFailure(error)
      // A list that does not match the filters on screen would mislead; a failed poll keeps what is shown.
      if (!options.announce) this.list = null
    }
  }

  private async poll(): Promise<void> {
    if (document.hidden || !this.list) return
    try {
      // The version check is passive on the server, loading the list is not: fetching every change would keep an
      // unattended inbox logged in. So news is fetched only while someone was at the screen within the idle time
      // (the session then ends at most two idle times after the last activity, one without news); a list left
      // stale catches up on the first poll after the person is back.
      const { version } = await api.inboxVersion()
      if (version !== this.list.version && activeWithin(IDLE_MS)) await this.load({ announce: true })
    } catch {
      // The next poll tries again; an ended session has already sent the app to the login view.
    }
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.inboxTitle}</h1>
      <p class="live-status" role="status">${this.announcement}</p>
      ${this.list ? this.renderStatusTabs(this.list) : nothing}
      <kb-inbox-filters .filters=${this.filters} .confidants=${this.confidants} .partners=${partnerChoices(this.partners, this.session?.municipalities ?? [])}></kb-inbox-filters>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.list ? this.renderList(this.list) : this.loadError ? nothing : html`<p role="status">${m.loading}</p>`}`
  }

  private renderStatusTabs(list: InboxList) {
    const m = t()
    const current = this.filters.status
    const link = (status: Status | undefined, label: string, count: number) => {
      const { offset: _offset, status: _status, ...rest } = this.filters
      const filters = status ? { ...rest, status } : rest
      return html`<li>
        <a class="status-tab" href=${routeHash({ view: 'concerns', filters })} aria-current=${current === status ? 'true' : 'false'}>${label} <span class="status-tab__count">(${count})</span></a>
      </li>`
    }
    return html`<nav class="status-tabs" aria-label=${m.statusTabsLabel}>
      <ul>
        ${link(undefined, m.allStatuses, total(list.counts))} ${STATUSES.map((status) => link(status, statusLabel(status), list.counts[status] ?? 0))}
      </ul>
    </nav>`
  }

  private renderList(list: InboxList) {
    const m = t()
    const offset = this.filters.offset ?? 0
    const caption = m.inboxCaption(list.total, hasFilters(this.filters))
    if (list.items.length === 0) return html`<p class="notice">${hasFilters(this.filters) ? m.inboxEmptyFiltered : m.inboxEmpty}</p>`
    const page = (to: number) => routeHash({ view: 'concerns', filters: { ...this.filters, offset: to } })
    return html`<kb-inbox-table .items=${list.items} .caption=${caption}></kb-inbox-table>
      ${list.total > PAGE_SIZE
        ? html`<nav class="pager" aria-label=${m.pagerLabel}>
            <p>${m.pagerRange(offset + 1, offset + list.items.length, list.total)}</p>
            <ul>
              ${offset > 0 ? html`<li><a href=${page(Math.max(0, offset - PAGE_SIZE))}>${m.pagerPrevious}</a></li>` : nothing}
              ${offset + PAGE_SIZE < list.total ? html`<li><a href=${page(offset + PAGE_SIZE)}>${m.pagerNext}</a></li>` : nothing}
            </ul>
          </nav>`
        : nothing}`
  }
}

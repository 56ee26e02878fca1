import type { CaseDetail, Person, SessionInfo } from '@klankbord/contract'
import { html, nothing, type PropertyValues } from 'lit'
import { api } from '../api/inbox-api.js'
import { actionDetails } from '../common/action-details.js'
import { detailRow } from '../common/details.js'
import { CaseChangedEvent } from '../events.js'
import { describeFailure } from '../forms/form-controller.js'
import { formatDate, formatDateTime, formatMinutes } from '../format/dates.js'
import { visibleControls } from '../format/visible-controls.js'
import { ageInDays, objectionState } from '../format/deadlines.js'
import { contactModeLabel, domainLabel, kindLabel, outcomeLabel, partnerKindLabel, statusLabel, supportLabel, wishLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { routeHash } from '../routing/routes.js'
import { firstContactText } from '../concerns/deadline-text.js'

/**
 * One case: what the resident wrote (as text, never as markup), the details and deadlines, the actions and the
 * timeline. After each action the case is loaded again and focus moves to the status message.
 */
export class KbCaseView extends KbElement {
  static override properties = {
    caseId: { attribute: false },
    session: { attribute: false },
    detail: { state: true },
    loadError: { state: true },
    statusMessage: { state: true },
    confidants: { state: true },
  }

  /** **caseId**, the concern's id from the URL. */
  caseId = ''
  /** **session**, the logged-in confidant. */
  session: SessionInfo | null = null
  detail: CaseDetail | null = null
  loadError = ''
  statusMessage = ''
  confidants: Person[] = []

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(CaseChangedEvent.type, (event) => void this.afterAction(event.message))
    void api.listConfidants().then(
      (list) => (this.confidants = list.items),
      () => undefined,
    )
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('caseId')) {
      this.detail = null
      this.statusMessage = ''
      void this.load()
    }
  }

  private async load(): Promise<void> {
    const id = this.caseId
    try {
      const detail = await api.getCase(id)
      if (id !== this.caseId) return
      this.detail = detail
      this.loadError = ''
      document.title = `${t().caseTitle(detail.item.reference)} – Klankbord`
    } catch (error) {
      if (id === this.caseId) this.loadError = describeFailure(error)
    }
  }

  private async afterAction(message: string): Promise<void> {
    await this.load()
    this.statusMessage = message
    await this.updateComplete
    this.querySelector<HTMLElement>('#case-status')?.focus()
  }

  protected override render() {
    const m = t()
    const detail = this.detail
    return html`<p class="back no-print"><a href=${routeHash({ view: 'concerns', filters: {} })}>${m.backToInbox}</a></p>
      <h1 tabindex="-1">${detail ? m.caseTitle(detail.item.reference) : m.caseTitleLoading}</h1>
      <p id="case-status" class="live-status" role="status" tabindex="-1">${this.statusMessage}</p>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${detail ? this.renderCase(detail) : this.loadError ? nothing : html`<p>${m.loading}</p>`}`
  }

  private renderCase(detail: CaseDetail) {
    const m = t()
    const item = detail.item
    return html`<p class="case-meta">
        ${m.colStatus}: <strong>${statusLabel(item.status)}</strong> · ${m.colAssignee}: <strong>${item.assignee?.name ?? m.nobody}</strong>
        <button class="button button--secondary button--small no-print" type="button" @click=${() => window.print()}>${m.print}</button>
      </p>
      ${this.renderDeadlines(detail)}
      <div class="case-layout">
        <div class="case-layout__main">
          <section aria-labelledby="case-story-title">
            <h2 id="case-story-title">${m.caseStory}</h2>
            ${detail.description === null ? html`<p class="muted">${m.caseErased}</p>` : html`<p class="resident-text">${visibleControls(detail.description)}</p>`}
          </section>
          <section aria-labelledby="case-details-title">
            <h2 id="case-details-title">${m.caseDetails}</h2>
            <dl class="details">
              ${detailRow(m.colDomain, domainLabel(item.domain))} ${detailRow(m.colKinds, html`<ul class="plain">${item.kinds.map((kind) => html`<li>${kindLabel(kind)}</li>`)}</ul>`)}
              ${detailRow(m.colWish, wishLabel(item.wish))} ${detailRow(m.organisation, detail.organisation === null ? m.notGiven : visibleControls(detail.organisation))}
              ${detailRow(m.onBehalfOf, item.onBehalfOf ? m.onBehalfOfYes : m.no)} ${detailRow(m.municipality, item.municipality.name)}
              ${detailRow(m.colVia, item.partner ? `${item.partner.name} (${partnerKindLabel(item.partner.kind)})` : m.channelLabels[item.channel])}
              ${detailRow(m.colReceived, `${formatDateTime(item.createdAt, locale())} (${m.ageDays(ageInDays(item.createdAt, new Date()))})`)}
              ${detailRow(m.residentLanguage, m.localeLabels[detail.locale])}
              ${detailRow(m.decisionDate, item.decisionDate ? formatDate(item.decisionDate, locale()) : m.notGiven)}
            </dl>
          </section>
          <section aria-labelledby="case-contact-title">
            <h2 id="case-contact-title">${m.caseContact}</h2>
            ${this.renderContact(detail)}
          </section>
          <section aria-labelledby="case-handling-title">
            <h2 id="case-handling-title">${m.caseHandling}</h2>
            <dl class="details">
              ${detailRow(m.supportGiven, detail.supportGiven.length ? detail.supportGiven.map(supportLabel).join(', ') : m.notYet)}
              ${detailRow(m.outcome, detail.outcome ? outcomeLabel(detail.outcome) : m.notYet)} ${detail.closedAt ? detailRow(m.closedAt, formatDateTime(detail.closedAt, locale())) : nothing}
              ${detailRow(m.timeSpentTotal, formatMinutes(detail.minutesSpent, locale()))}
            </dl>
          </section>
          <section aria-labelledby="case-timeline-title">
            <h2 id="case-timeline-title">${m.caseTimeline}</h2>
            <kb-case-timeline .events=${detail.events}></kb-case-timeline>
          </section>
        </div>
        <section class="case-layout__actions no-print" aria-labelledby="case-actions-title">
          <h2 id="case-actions-title">${m.caseActions}</h2>
          ${actionDetails(m.actionStatus, html`<kb-status-form .detail=${detail}></kb-status-form>`, true)}
          ${actionDetails(m.actionAssign, html`<kb-assign-form .detail=${detail} .confidants=${this.confidants}></kb-assign-form>`)}
          ${actionDetails(m.actionContact, html`<kb-contact-form .detail=${detail}></kb-contact-form>`)}
          ${actionDetails(m.actionMessage, html`<kb-message-form .detail=${detail}></kb-message-form>`)}
          ${actionDetails(m.actionNote, html`<kb-note-form .detail=${detail}></kb-note-form>`)}
          ${actionDetails(m.actionTime, html`<kb-time-form .detail=${detail}></kb-time-form>`)}
          ${actionDetails(m.actionConsent, html`<kb-consent-form .detail=${detail}></kb-consent-form>`)}
          <p>
            <a class="button button--secondary" href=${routeHash({ view: 'signals', draft: { concernId: item.id, reference: item.reference, municipalityId: item.municipality.id, domain: item.domain } })}
              >${m.actionSignal}</a
            >
          </p>
        </section>
      </div>`
  }

  private renderDeadlines(detail: CaseDetail) {
    const m = t()
    const item = detail.item
    const now = new Date()
    const objection = item.objectionDeadline ? objectionState(item.objectionDeadline, now) : null
    const firstContact = item.status === 'closed' && !item.firstContactAt ? nothing : firstContactText(item, now)
    return html`<div class="deadlines">
      ${firstContact === nothing ? nothing : html`<p class="deadline"><span class="deadline__label">${m.colFirstContact}:</span> ${firstContact}</p>`}
      ${objection
        ? html`<div class="notice ${objection.kind === 'soon' ? 'notice--warning' : ''}">
            <p>
              <strong>${m.objectionLastDay(formatDate(objection.deadline, locale()))}</strong>
              ${objection.kind === 'passed' ? m.objectionPassedText : m.objectionDaysLeft(objection.daysLeft)}
            </p>
            <p>${m.objectionNotPaused}</p>
          </div>`
        : nothing}
    </div>`
  }

  private renderContact(detail: CaseDetail) {
    const m = t()
    const contact = detail.contact
    if (!contact) return html`<p>${detail.item.erased ? m.caseErased : contactModeLabel(detail.item.contactMode)}</p>`
    return html`<dl class="details">
      ${detailRow(m.contactMode, contactModeLabel(contact.mode))} ${contact.name ? detailRow(m.name, visibleControls(contact.name)) : nothing}
      ${contact.email ? detailRow(m.email, html`<a href="mailto:${contact.email}">${contact.email}</a>`) : nothing}
      ${contact.phone ? detailRow(m.phone, html`<a href="tel:${contact.phone.replace(/[\s-]/g, '')}">${contact.phone}</a>`) : nothing}
      ${contact.bestTime ? detailRow(m.bestTime, visibleControls(contact.bestTime)) : nothing}
    </dl>`
  }
}

import type { SessionInfo, Signal } from '@klankbord/contract'
import { html, nothing, type PropertyValues } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { api } from '../api/inbox-api.js'
import { actionDetails } from '../common/action-details.js'
import { ResourceController } from '../common/resource.controller.js'
import { SavedEvent } from '../events.js'
import { formatDateTime } from '../format/dates.js'
import { domainLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { publishedCard } from '../publishable/published-card.js'
import { routeHash } from '../routing/routes.js'
import type { SignalDraft } from '../routing/signal-draft.js'

/** Signals for the municipality: write one, follow each from new to improved, with the municipality's response. */
export class KbSignalsView extends KbElement {
  static override properties = { session: { attribute: false }, draft: { attribute: false } }

  /** **session**, the logged-in confidant. */
  session: SessionInfo | null = null
  /** **draft**, values for the new-signal form, when opened from a case. */
  draft: SignalDraft = {}
  private readonly signals = new ResourceController(this, { read: async () => (await api.listSignals()).items, statusId: 'signals-status' })

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => void this.signals.reload(event.message))
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.signals.value === null) void this.signals.load()
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.signalsTitle}</h1>
      <p>${m.signalsIntro}</p>
      ${this.signals.renderStatus()}
      ${actionDetails(m.newSignal, html`<kb-signal-form .session=${this.session} .draft=${this.draft}></kb-signal-form>`, Boolean(this.draft.concernId))}
      <h2>${m.signalsListTitle}</h2>
      ${this.signals.renderError()} ${this.signals.renderValue((signals) => this.renderList(signals))}`
  }

  private renderList(signals: Signal[]) {
    const m = t()
    if (signals.length === 0) return html`<p>${m.signalsEmpty}</p>`
    return html`<ul class="cards">
      ${repeat(
        signals,
        (signal) => signal.id,
        (signal) =>
          publishedCard({
            id: `signal-${signal.id}`,
            title: signal.theme,
            details: [
              [m.colStatus, html`<strong>${m.signalStatusLabels[signal.status]}</strong>`],
              [m.colDomain, domainLabel(signal.domain)],
              [m.municipality, signal.municipality.name],
              ...(signal.concern ? ([[m.linkedConcern, html`<a href=${routeHash({ view: 'case', id: signal.concern.id })}>${signal.concern.reference}</a>`]] as const) : []),
              [m.written, `${formatDateTime(signal.createdAt, locale())}${signal.createdBy ? ` · ${signal.createdBy.name}` : ''}`],
              [m.updated, formatDateTime(signal.updatedAt, locale())],
            ],
            text: signal.text,
            response: signal.response,
            update: [m.updateSignal, html`<kb-signal-update-form .signal=${signal}></kb-signal-update-form>`],
          }),
      )}
    </ul>`
  }
}

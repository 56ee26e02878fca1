import type { SessionInfo, Signal } from '@klankbord/contract'
import { html, nothing, type PropertyValues } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { api } from '../api/inbox-api.js'
import { SavedEvent } from '../events.js'
import { describeFailure } from '../forms/form-controller.js'
import { formatDateTime } from '../format/dates.js'
import { domainLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { routeHash } from '../routing/routes.js'
import type { SignalDraft } from '../routing/signal-draft.js'

/** Signals for the municipality: write one, follow each from new to improved, with the municipality's response. */
export class KbSignalsView extends KbElement {
  static override properties = {
    session: { attribute: false },
    draft: { attribute: false },
    signals: { state: true },
    loadError: { state: true },
    statusMessage: { state: true },
  }

  /** **session**, the logged-in confidant. */
  session: SessionInfo | null = null
  /** **draft**, values for the new-signal form, when opened from a case. */
  draft: SignalDraft = {}
  signals: Signal[] | null = null
  loadError = ''
  statusMessage = ''

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => void this.afterSave(event.message))
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.signals === null) void this.load()
  }

  private async load(): Promise<void> {
    try {
      const { items } = await api.listSignals()
      this.signals = items
      this.loadError = ''
    } catch (error) {
      this.loadError = describeFailure(error)
    }
  }

  private async afterSave(message: string): Promise<void> {
    await this.load()
    this.statusMessage = message
    await this.updateComplete
    this.querySelector<HTMLElement>('#signals-status')?.focus()
  }

  protected override render() {
    const m = t()
    const fromCase = Boolean(this.draft.concernId)
    return html`<h1 tabindex="-1">${m.signalsTitle}</h1>
      <p>${m.signalsIntro}</p>
      <p id="signals-status" class="live-status" role="status" tabindex="-1">${this.statusMessage}</p>
      <details class="action" ?open=${fromCase}>
        <summary>${m.newSignal}</summary>
        <div class="action__body"><kb-signal-form .session=${this.session} .draft=${this.draft}></kb-signal-form></div>
      </details>
      <h2>${m.signalsListTitle}</h2>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.signals === null ? (this.loadError ? nothing : html`<p>${m.loading}</p>`) : this.renderList(this.signals)}`
  }

  private renderList(signals: Signal[]) {
    const m = t()
    if (signals.length === 0) return html`<p>${m.signalsEmpty}</p>`
    return html`<ul class="cards">
      ${repeat(
        signals,
        (signal) => signal.id,
        (signal) => html`<li class="card">
          <article aria-labelledby="signal-${signal.id}-title">
            <h3 id="signal-${signal.id}-title">${signal.theme}</h3>
            <dl class="details details--compact">
              <div><dt>${m.colStatus}</dt><dd><strong>${m.signalStatusLabels[signal.status]}</strong></dd></div>
              <div><dt>${m.colDomain}</dt><dd>${domainLabel(signal.domain)}</dd></div>
              <div><dt>${m.municipality}</dt><dd>${signal.municipality.name}</dd></div>
              ${signal.concern
                ? html`<div><dt>${m.linkedConcern}</dt><dd><a href=${routeHash({ view: 'case', id: signal.concern.id })}>${signal.concern.reference}</a></dd></div>`
                : nothing}
              <div><dt>${m.written}</dt><dd>${formatDateTime(signal.createdAt, locale())}${signal.createdBy ? ` · ${signal.createdBy.name}` : ''}</dd></div>
              <div><dt>${m.updated}</dt><dd>${formatDateTime(signal.updatedAt, locale())}</dd></div>
            </dl>
            <p class="resident-text">${signal.text}</p>
            <h4>${m.response}</h4>
            ${signal.response ? html`<p class="resident-text">${signal.response}</p>` : html`<p class="muted">${m.noResponseYet}</p>`}
            <details class="action">
              <summary>${m.updateSignal}</summary>
              <div class="action__body"><kb-signal-update-form .signal=${signal}></kb-signal-update-form></div>
            </details>
          </article>
        </li>`,
      )}
    </ul>`
  }
}

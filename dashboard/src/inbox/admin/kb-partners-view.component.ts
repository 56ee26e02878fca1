import type { Municipality, Partner } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { keyed } from 'lit/directives/keyed.js'
import { api } from '../api/inbox-api.js'
import { focusAfterUpdate } from '../common/focus.js'
import { CancelEvent, SavedEvent } from '../events.js'
import { describeFailure } from '../forms/form-controller.js'
import { partnerKindLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/** The partner sites that embed the widget: list, add, change. */
export class KbPartnersView extends KbElement {
  static override properties = { items: { state: true }, municipalities: { state: true }, loadError: { state: true }, editing: { state: true }, statusMessage: { state: true } }

  items: Partner[] | null = null
  municipalities: Municipality[] = []
  loadError = ''
  editing: Partner | null = null
  statusMessage = ''

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => void this.afterSave(event.message))
    this.addEventListener(CancelEvent.type, () => {
      const id = this.editing?.id
      this.editing = null
      void focusAfterUpdate(this, `#edit-${id}`)
    })
    void this.load()
  }

  private async load(): Promise<void> {
    try {
      const [partners, municipalities] = await Promise.all([api.listPartners(), api.listMunicipalities()])
      this.items = partners.items
      this.municipalities = municipalities.items
      this.loadError = ''
    } catch (error) {
      this.loadError = describeFailure(error)
    }
  }

  private async afterSave(message: string): Promise<void> {
    this.editing = null
    await this.load()
    this.statusMessage = message
    await focusAfterUpdate(this, '#partners-status')
  }

  private edit(partner: Partner): void {
    this.editing = partner
    void focusAfterUpdate(this, '#partner-edit-title')
  }

  private municipalityName(id: string): string {
    return this.municipalities.find((item) => item.id === id)?.name ?? id
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.partnersTitle}</h1>
      <p>${m.partnersIntro}</p>
      <p id="partners-status" class="live-status" role="status" tabindex="-1">${this.statusMessage}</p>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.editing
        ? html`<section class="panel" aria-labelledby="partner-edit-title">
            <h2 id="partner-edit-title" tabindex="-1">${m.editPartner(this.editing.name)}</h2>
            ${keyed(this.editing.id, html`<kb-partner-form .partner=${this.editing} .municipalities=${this.municipalities}></kb-partner-form>`)}
          </section>`
        : nothing}
      ${this.items ? this.renderTable(this.items) : this.loadError ? nothing : html`<p>${m.loading}</p>`}
      <details class="action">
        <summary>${m.addPartner}</summary>
        <div class="action__body"><kb-partner-form .municipalities=${this.municipalities}></kb-partner-form></div>
      </details>`
  }

  private renderTable(items: Partner[]) {
    const m = t()
    if (items.length === 0) return html`<p>${m.partnersEmpty}</p>`
    return html`<div class="table-scroll" role="region" aria-labelledby="partners-caption" tabindex="0">
      <table class="table">
        <caption id="partners-caption">${m.partnersCaption(items.length)}</caption>
        <thead>
          <tr>
            <th scope="col">${m.name}</th>
            <th scope="col">${m.municipality}</th>
            <th scope="col">${m.partnerKind}</th>
            <th scope="col">${m.partnerKey}</th>
            <th scope="col">${m.allowedOrigins}</th>
            <th scope="col"><span class="visually-hidden">${m.actions}</span></th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (item) => html`<tr>
              <th scope="row">${item.name}</th>
              <td>${this.municipalityName(item.municipalityId)}</td>
              <td>${partnerKindLabel(item.kind)}</td>
              <td><code>${item.key}</code></td>
              <td>
                ${item.allowedOrigins.length
                  ? html`<ul class="plain">${item.allowedOrigins.map((origin) => html`<li><code>${origin}</code></li>`)}</ul>`
                  : html`<span class="muted">${m.none}</span>`}
              </td>
              <td>
                <button class="button button--secondary button--small" type="button" id="edit-${item.id}" @click=${() => this.edit(item)}>
                  ${m.edit}<span class="visually-hidden"> ${item.name}</span>
                </button>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`
  }
}

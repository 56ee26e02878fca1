import type { Municipality } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { keyed } from 'lit/directives/keyed.js'
import { api } from '../api/inbox-api.js'
import { CancelEvent, SavedEvent } from '../events.js'
import { describeFailure } from '../forms/form-controller.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { focusAfterUpdate } from '../common/focus.js'

/** The administrator's list of municipalities, with a form to add one and a form to change one. */
export class KbMunicipalitiesView extends KbElement {
  static override properties = { items: { state: true }, loadError: { state: true }, editing: { state: true }, statusMessage: { state: true } }

  items: Municipality[] | null = null
  loadError = ''
  editing: Municipality | null = null
  statusMessage = ''

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => void this.afterSave(event.message))
    this.addEventListener(CancelEvent.type, () => this.stopEditing())
    void this.load()
  }

  private async load(): Promise<void> {
    try {
      this.items = (await api.listMunicipalities()).items
      this.loadError = ''
    } catch (error) {
      this.loadError = describeFailure(error)
    }
  }

  private async afterSave(message: string): Promise<void> {
    this.editing = null
    await this.load()
    this.statusMessage = message
    await focusAfterUpdate(this, '#municipalities-status')
  }

  private edit(municipality: Municipality): void {
    this.editing = municipality
    void focusAfterUpdate(this, '#municipality-edit-title')
  }

  private stopEditing(): void {
    const id = this.editing?.id
    this.editing = null
    void focusAfterUpdate(this, `#edit-${id}`)
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.municipalitiesTitle}</h1>
      <p id="municipalities-status" class="live-status" role="status" tabindex="-1">${this.statusMessage}</p>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.editing
        ? html`<section class="panel" aria-labelledby="municipality-edit-title">
            <h2 id="municipality-edit-title" tabindex="-1">${m.editMunicipality(this.editing.name)}</h2>
            ${keyed(this.editing.id, html`<kb-municipality-form .municipality=${this.editing}></kb-municipality-form>`)}
          </section>`
        : nothing}
      ${this.items ? this.renderTable(this.items) : this.loadError ? nothing : html`<p>${m.loading}</p>`}
      <details class="action">
        <summary>${m.addMunicipality}</summary>
        <div class="action__body"><kb-municipality-form></kb-municipality-form></div>
      </details>`
  }

  private renderTable(items: Municipality[]) {
    const m = t()
    if (items.length === 0) return html`<p>${m.municipalitiesEmpty}</p>`
    return html`<div class="table-scroll" role="region" aria-labelledby="municipalities-caption" tabindex="0">
      <table class="table">
        <caption id="municipalities-caption">${m.municipalitiesCaption(items.length)}</caption>
        <thead>
          <tr>
            <th scope="col">${m.name}</th>
            <th scope="col">${m.retentionMonths}</th>
            <th scope="col">${m.confidantName}</th>
            <th scope="col">${m.confidantPhone}</th>
            <th scope="col">${m.walkInHours}</th>
            <th scope="col">${m.firstContactWorkingDays}</th>
            <th scope="col"><span class="visually-hidden">${m.actions}</span></th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (item) => html`<tr>
              <th scope="row">${item.name}</th>
              <td>${item.retentionMonths}</td>
              <td>${item.settings.confidantName}</td>
              <td>${item.settings.confidantPhone}</td>
              <td>${item.settings.walkInHours}</td>
              <td>${item.settings.firstContactWorkingDays}</td>
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

import type { Municipality, SetupLink, User } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { keyed } from 'lit/directives/keyed.js'
import { api } from '../api/inbox-api.js'
import { focusAfterUpdate } from '../common/focus.js'
import { CancelEvent, SavedEvent, SetupLinkEvent } from '../events.js'
import { describeFailure } from '../forms/form-controller.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { KbUserForm } from './kb-user-form.component.js'

type Confirming = { id: string; action: 'disable' | 'reset' }

/** Accounts: who has which role for which municipalities, their state, and edit, disable, unlock and reset. */
export class KbUsersView extends KbElement {
  static override properties = {
    items: { state: true },
    municipalities: { state: true },
    loadError: { state: true },
    actionError: { state: true },
    statusMessage: { state: true },
    setupLink: { state: true },
    confirming: { state: true },
    editing: { state: true },
  }

  items: User[] | null = null
  municipalities: Municipality[] = []
  loadError = ''
  actionError = ''
  statusMessage = ''
  setupLink: SetupLink | null = null
  confirming: Confirming | null = null
  editing: User | null = null

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SetupLinkEvent.type, (event) => void this.showLink(event.link, event.message))
    this.addEventListener(SavedEvent.type, (event) => void this.afterSave(event.message))
    // Both the edit form and the setup-link panel can be closed; each returns focus to where it came from.
    this.addEventListener(CancelEvent.type, (event) => {
      if (event.target instanceof KbUserForm) return this.stopEditing()
      this.setupLink = null
      void focusAfterUpdate(this, '#users-status')
    })
    void this.load()
  }

  private async load(): Promise<void> {
    try {
      const [users, municipalities] = await Promise.all([api.listUsers(), api.listMunicipalities()])
      this.items = users.items
      this.municipalities = municipalities.items
      this.loadError = ''
    } catch (error) {
      this.loadError = describeFailure(error)
    }
  }

  private async showLink(link: SetupLink, message: string): Promise<void> {
    this.setupLink = link
    this.statusMessage = message
    await this.load()
    await focusAfterUpdate(this, '#setup-link-title')
  }

  private edit(user: User): void {
    this.confirming = null
    this.editing = user
    void focusAfterUpdate(this, '#user-edit-title')
  }

  private stopEditing(): void {
    const id = this.editing?.id
    this.editing = null
    void focusAfterUpdate(this, `#edit-${id}`)
  }

  private async afterSave(message: string): Promise<void> {
    this.editing = null
    await this.load()
    this.statusMessage = message
    await focusAfterUpdate(this, '#users-status')
  }

  /** Runs a row action, reloads, and says what happened; focus goes to the status line. */
  private async act(action: () => Promise<void>, message: string): Promise<void> {
    this.confirming = null
    this.actionError = ''
    this.setupLink = null
    try {
      await action()
      await this.load()
      this.statusMessage = message
    } catch (error) {
      this.actionError = describeFailure(error)
    }
    await focusAfterUpdate(this, this.actionError ? '#users-error' : this.setupLink ? '#setup-link-title' : '#users-status')
  }

  private confirm(id: string, action: Confirming['action']): void {
    this.confirming = { id, action }
    void focusAfterUpdate(this, `#confirm-${id}`)
  }

  private municipalityNames(ids: readonly string[]): string {
    return ids.map((id) => this.municipalities.find((item) => item.id === id)?.name ?? id).join(', ')
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.usersTitle}</h1>
      <p id="users-status" class="live-status" role="status" tabindex="-1">${this.statusMessage}</p>
      ${this.actionError ? html`<p id="users-error" class="notice notice--error" role="alert" tabindex="-1">${this.actionError}</p>` : nothing}
      ${this.setupLink ? html`<kb-setup-link-panel .link=${this.setupLink}></kb-setup-link-panel>` : nothing}
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.editing
        ? html`<section class="panel" aria-labelledby="user-edit-title">
            <h2 id="user-edit-title" tabindex="-1">${m.editUser(this.editing.name)}</h2>
            ${keyed(this.editing.id, html`<kb-user-form .user=${this.editing} .municipalities=${this.municipalities}></kb-user-form>`)}
          </section>`
        : nothing}
      ${this.items ? this.renderTable(this.items) : this.loadError ? nothing : html`<p>${m.loading}</p>`}
      <details class="action">
        <summary>${m.addUser}</summary>
        <div class="action__body"><kb-user-form .municipalities=${this.municipalities}></kb-user-form></div>
      </details>`
  }

  private renderState(user: User) {
    const m = t()
    const states = [user.active ? m.userActive : m.userNotActive]
    if (user.disabled) states.push(m.userDisabled)
    if (user.locked) states.push(m.userLocked)
    return html`<ul class="plain">${states.map((state) => html`<li>${state}</li>`)}</ul>`
  }

  private renderActions(user: User) {
    const m = t()
    const name = html`<span class="visually-hidden"> ${user.name}</span>`
    if (this.confirming?.id === user.id) {
      const disabling = this.confirming.action === 'disable'
      return html`<div class="confirm" role="group" aria-labelledby="confirm-${user.id}">
        <p id="confirm-${user.id}" tabindex="-1">${disabling ? m.confirmDisable(user.name) : m.confirmReset(user.name)}</p>
        <button
          class="button button--primary button--small"
          type="button"
          @click=${() =>
            disabling
              ? this.act(() => api.updateUser(user.id, { disabled: true }).then(() => undefined), m.userWasDisabled(user.name))
              : this.act(async () => {
                  const link = await api.resetUser(user.id)
                  this.setupLink = link
                }, m.userWasReset(user.name))}
        >
          ${disabling ? m.disable : m.reset}
        </button>
        <button class="button button--secondary button--small" type="button" @click=${() => (this.confirming = null)}>${m.cancel}</button>
      </div>`
    }
    return html`<div class="row-actions">
      <button class="button button--secondary button--small" type="button" id="edit-${user.id}" @click=${() => this.edit(user)}>${m.edit}${name}</button>
      ${user.disabled
        ? html`<button class="button button--secondary button--small" type="button" @click=${() => this.act(() => api.updateUser(user.id, { disabled: false }).then(() => undefined), m.userWasEnabled(user.name))}>
            ${m.enable}${name}
          </button>`
        : html`<button class="button button--secondary button--small" type="button" @click=${() => this.confirm(user.id, 'disable')}>${m.disable}${name}</button>`}
      ${user.locked
        ? html`<button class="button button--secondary button--small" type="button" @click=${() => this.act(() => api.unlockUser(user.id), m.userWasUnlocked(user.name))}>${m.unlock}${name}</button>`
        : nothing}
      <button class="button button--secondary button--small" type="button" @click=${() => this.confirm(user.id, 'reset')}>${m.reset}${name}</button>
    </div>`
  }

  private renderTable(items: User[]) {
    const m = t()
    if (items.length === 0) return html`<p>${m.usersEmpty}</p>`
    return html`<div class="table-scroll" role="region" aria-labelledby="users-caption" tabindex="0">
      <table class="table">
        <caption id="users-caption">${m.usersCaption(items.length)}</caption>
        <thead>
          <tr>
            <th scope="col">${m.name}</th>
            <th scope="col">${m.email}</th>
            <th scope="col">${m.role}</th>
            <th scope="col">${m.userMunicipalities}</th>
            <th scope="col">${m.userState}</th>
            <th scope="col"><span class="visually-hidden">${m.actions}</span></th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (user) => html`<tr>
              <th scope="row">${user.name}</th>
              <td>${user.email}</td>
              <td>${m.roleLabels[user.role]}</td>
              <td>${user.municipalityIds.length ? this.municipalityNames(user.municipalityIds) : html`<span class="muted">${m.none}</span>`}</td>
              <td>${this.renderState(user)}</td>
              <td>${this.renderActions(user)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`
  }
}

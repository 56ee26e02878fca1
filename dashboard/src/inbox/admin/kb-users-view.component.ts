import type { SetupLink, User } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { actionDetails } from '../common/action-details.js'
import { actionsColumn, dataTable } from '../common/data-table.js'
import { focusAfterUpdate } from '../common/focus.js'
import { ResourceController } from '../common/resource.controller.js'
import { CancelEvent, SavedEvent, SetupLinkEvent } from '../events.js'
import { describeFailure } from '../forms/form-controller.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { EditingController } from './editing.controller.js'
import { KbUserForm } from './kb-user-form.component.js'

type Confirming = { id: string; action: 'disable' | 'reset' }

/** Accounts: who has which role for which municipalities, their state, and edit, disable, unlock and reset. */
export class KbUsersView extends KbElement {
  static override properties = { actionError: { state: true }, setupLink: { state: true }, confirming: { state: true } }

  actionError = ''
  setupLink: SetupLink | null = null
  confirming: Confirming | null = null
  private readonly lists = new ResourceController(this, {
    read: async () => {
      const [users, municipalities] = await Promise.all([api.listUsers(), api.listMunicipalities()])
      return { users: users.items, municipalities: municipalities.items }
    },
    statusId: 'users-status',
  })
  private readonly editing = new EditingController<User>(this, 'user-edit-title', () => (this.confirming = null))

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SetupLinkEvent.type, (event) => void this.showLink(event.link, event.message))
    this.addEventListener(SavedEvent.type, (event) => {
      this.editing.close()
      void this.lists.reload(event.message)
    })
    // Both the edit form and the setup-link panel can be closed; each returns focus to where it came from.
    this.addEventListener(CancelEvent.type, (event) => {
      if (event.target instanceof KbUserForm) return this.editing.cancel()
      this.setupLink = null
      void focusAfterUpdate(this, '#users-status')
    })
    void this.lists.load()
  }

  private get municipalities() {
    return this.lists.value?.municipalities ?? []
  }

  private async showLink(link: SetupLink, message: string): Promise<void> {
    this.setupLink = link
    this.lists.status = message
    await this.lists.load()
    await focusAfterUpdate(this, '#setup-link-title')
  }

  /** Runs a row action, reloads, and says what happened; focus goes to the status line. */
  private async act(action: () => Promise<unknown>, message: string): Promise<void> {
    this.confirming = null
    this.actionError = ''
    this.setupLink = null
    try {
      await action()
      await this.lists.load()
      this.lists.status = message
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
      ${this.lists.renderStatus()}
      ${this.actionError ? html`<p id="users-error" class="notice notice--error" role="alert" tabindex="-1">${this.actionError}</p>` : nothing}
      ${this.setupLink ? html`<kb-setup-link-panel .link=${this.setupLink}></kb-setup-link-panel>` : nothing} ${this.lists.renderError()}
      ${this.editing.renderPanel(
        (user) => m.editUser(user.name),
        (user) => html`<kb-user-form .user=${user} .municipalities=${this.municipalities}></kb-user-form>`,
      )}
      ${this.lists.renderValue(({ users }) => this.renderTable(users))}
      ${actionDetails(m.addUser, html`<kb-user-form .municipalities=${this.municipalities}></kb-user-form>`)}`
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
              ? this.act(() => api.updateUser(user.id, { disabled: true }), m.userWasDisabled(user.name))
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
      ${this.editing.renderButton(user)}
      ${user.disabled
        ? html`<button class="button button--secondary button--small" type="button" @click=${() => this.act(() => api.updateUser(user.id, { disabled: false }), m.userWasEnabled(user.name))}>
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
    return dataTable({
      id: 'users',
      caption: m.usersCaption(items.length),
      empty: m.usersEmpty,
      rows: items,
      columns: [
        [m.name, (user) => user.name],
        [m.email, (user) => user.email],
        [m.role, (user) => m.roleLabels[user.role]],
        [m.userMunicipalities, (user) => (user.municipalityIds.length ? this.municipalityNames(user.municipalityIds) : html`<span class="muted">${m.none}</span>`)],
        [m.userState, (user) => this.renderState(user)],
        [actionsColumn(), (user) => this.renderActions(user)],
      ],
    })
  }
}

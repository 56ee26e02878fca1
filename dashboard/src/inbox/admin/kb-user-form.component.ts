import type { Municipality, User, UserInput, UserUpdate } from '@klankbord/contract'
import { ROLES, type Role } from '@klankbord/contract/vocabulary'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { CancelEvent, SavedEvent, SetupLinkEvent } from '../events.js'
import { choiceGroup, submitButton, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Create an account, which the new user finishes with a one-time link; or change one's name, role and municipalities.
 *
 * @fires kb-setup-link - The account was made; carries the link to pass on.
 * @fires kb-saved - The changes to an account were saved.
 * @fires kb-cancel - Editing was cancelled.
 */
export class KbUserForm extends KbElement {
  static override properties = { municipalities: { attribute: false }, user: { attribute: false } }

  /** **municipalities**, the choices of which municipalities' concerns the user may see. */
  municipalities: readonly Municipality[] = []
  /** **user**, the account to change; null to create a new one. */
  user: User | null = null
  private readonly form = new FormController(this, () => (this.user ? `user-${this.user.id}` : 'user'))

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const existing = this.user
    // The e-mail address is the login name: it cannot be changed, so an edit does not ask for it.
    const email = existing ? existing.email : (values.text('email') ?? '')
    const name = values.text('name') ?? ''
    const role = (values.text('role') ?? '') as Role
    const municipalityIds = values.texts('municipalityIds')
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!existing && !/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = m.emailInvalid
      if (!name) errors.name = m.nameMissing
      if (!role) errors.role = m.roleMissing
      if (role === 'confidant' && municipalityIds.length === 0) errors.municipalityIds = m.userMunicipalitiesMissing
      return errors
    }
    if (existing) {
      const update: UserUpdate = { name, role, municipalityIds }
      const ok = await this.form.submit(() => api.updateUser(existing.id, update).then(() => undefined), { check })
      if (ok) this.dispatchEvent(new SavedEvent(t().userSaved(name)))
      return
    }
    const input: UserInput = { email, name, role, municipalityIds }
    let created: SetupLinkEvent | undefined
    const ok = await this.form.submit(
      async () => {
        const link = await api.createUser(input)
        created = new SetupLinkEvent(link, t().userCreated(link.user.name))
      },
      { check },
    )
    if (!ok || !created) return
    element.reset()
    this.dispatchEvent(created)
  }

  protected override render() {
    const m = t()
    const user = this.user
    return html`${this.form.renderSummary()}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${user
          ? html`<p>${m.email}: <strong>${user.email}</strong></p>`
          : textField({ form: this.form, name: 'email', label: m.email, type: 'email', maxlength: 254, autocomplete: 'off' })}
        ${textField({ form: this.form, name: 'name', label: m.name, value: user?.name ?? '', maxlength: 120, autocomplete: 'off' })}
        ${choiceGroup({
          form: this.form,
          type: 'radio',
          name: 'role',
          label: m.role,
          // A new role ends the user's sessions on the server; better they are not surprised.
          hint: user ? m.roleChangeHint : undefined,
          values: user ? [user.role] : [],
          options: ROLES.map((code) => ({ value: code, label: `${m.roleLabels[code]}: ${m.roleDescriptions[code]}` })),
        })}
        ${choiceGroup({
          form: this.form,
          type: 'checkbox',
          name: 'municipalityIds',
          label: m.userMunicipalities,
          hint: m.userMunicipalitiesHint,
          optional: true,
          values: user?.municipalityIds ?? [],
          options: this.municipalities.map((item) => ({ value: item.id, label: item.name })),
        })}
        ${user
          ? html`<div class="actions">
              ${submitButton(this.form, m.saveChanges)}
              <button class="button button--secondary" type="button" @click=${() => this.dispatchEvent(new CancelEvent())}>${m.cancel}</button>
            </div>`
          : submitButton(this.form, m.addUser)}
      </form>`
  }
}

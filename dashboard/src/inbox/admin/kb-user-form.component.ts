import type { Municipality, UserInput } from '@klankbord/contract'
import { ROLES, type Role } from '@klankbord/contract/vocabulary'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { SetupLinkEvent } from '../events.js'
import { choiceGroup, submitButton, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Create an account; the new user finishes it with a one-time link.
 *
 * @fires kb-setup-link - The account was made; carries the link to pass on.
 */
export class KbUserForm extends KbElement {
  static override properties = { municipalities: { attribute: false } }

  /** **municipalities**, the choices of which municipalities' concerns the user may see. */
  municipalities: readonly Municipality[] = []
  private readonly form = new FormController(this, 'user')

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const input: UserInput = {
      email: values.text('email') ?? '',
      name: values.text('name') ?? '',
      role: (values.text('role') ?? '') as Role,
      municipalityIds: values.texts('municipalityIds'),
    }
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!/^[^\s@]+@[^\s@]+$/.test(input.email)) errors.email = m.emailInvalid
      if (!input.name) errors.name = m.nameMissing
      if (!input.role) errors.role = m.roleMissing
      if (input.role === 'confidant' && input.municipalityIds.length === 0) errors.municipalityIds = m.userMunicipalitiesMissing
      return errors
    }
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
    return html`${this.form.renderSummary()}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${textField({ form: this.form, name: 'email', label: m.email, type: 'email', maxlength: 254, autocomplete: 'off' })}
        ${textField({ form: this.form, name: 'name', label: m.name, maxlength: 120, autocomplete: 'off' })}
        ${choiceGroup({ form: this.form, type: 'radio', name: 'role', label: m.role, options: ROLES.map((code) => ({ value: code, label: `${m.roleLabels[code]}: ${m.roleDescriptions[code]}` })) })}
        ${choiceGroup({
          form: this.form,
          type: 'checkbox',
          name: 'municipalityIds',
          label: m.userMunicipalities,
          hint: m.userMunicipalitiesHint,
          optional: true,
          options: this.municipalities.map((item) => ({ value: item.id, label: item.name })),
        })}
        ${submitButton(this.form, m.addUser)}
      </form>`
  }
}

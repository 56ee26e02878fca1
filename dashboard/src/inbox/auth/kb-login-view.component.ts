import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { setCsrfToken } from '../api/http.js'
import { SignedInEvent } from '../events.js'
import { textField, submitButton } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Log in with e-mail, password and a code from the authenticator app (or a recovery code).
 *
 * @fires kb-signed-in - The login succeeded; carries the session.
 */
export class KbLoginView extends KbElement {
  static override properties = { message: {} }

  /** **message**, a notice above the form, such as "You have logged out". */
  message = ''
  private readonly form = new FormController(this, 'login')

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const email = values.text('email') ?? ''
    const password = (new FormData(element).get('password') as string | null) ?? ''
    const code = values.text('code')?.replace(/\s+/g, '')
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!email) errors.email = m.loginEmailMissing
      if (!password) errors.password = m.loginPasswordMissing
      return errors
    }
    const ok = await this.form.submit(
      async () => {
        const session = await api.login({ email, password, ...(code ? { code } : {}) })
        setCsrfToken(session.csrfToken)
        this.dispatchEvent(new SignedInEvent(session))
      },
      { check },
    )
    // A refused attempt must not leave the password or a used code in the form.
    if (!ok && this.form.problem)
      for (const name of ['password', 'code']) {
        const input = element.elements.namedItem(name)
        if (input instanceof HTMLInputElement) input.value = ''
      }
  }

  protected override render() {
    const m = t()
    return html`<div class="narrow">
      <h1 tabindex="-1">${m.loginTitle}</h1>
      ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : nothing}
      <p>${m.loginIntro}</p>
      ${this.form.renderSummary()}
      <form novalidate @submit=${this.onSubmit}>
        ${textField({ form: this.form, name: 'email', label: m.email, type: 'email', autocomplete: 'username' })}
        ${textField({ form: this.form, name: 'password', label: m.password, type: 'password', autocomplete: 'current-password' })}
        ${textField({ form: this.form, name: 'code', label: m.loginCode, hint: m.loginCodeHint, autocomplete: 'one-time-code', optional: true, width: 'medium', maxlength: 32 })}
        ${submitButton(this.form, m.loginSubmit)}
      </form>
      <p class="hint">${m.loginHelp}</p>
    </div>`
  }
}

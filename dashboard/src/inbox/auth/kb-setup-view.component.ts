import type { SetupStart } from '@klankbord/contract'
import { html, nothing, type PropertyValues } from 'lit'
import { api } from '../api/inbox-api.js'
import { ShowLoginEvent } from '../events.js'
import { checkbox, submitButton, textField } from '../forms/fields.js'
import { describeFailure, FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { groupSecret } from './group-secret.js'

type Step = { name: 'loading' } | { name: 'failed'; message: string } | { name: 'form'; start: SetupStart } | { name: 'recovery'; codes: string[] }

/**
 * Finishing an account from the one-time link: password, authenticator app, first code, then the recovery codes once.
 *
 * @fires kb-show-login - The account is ready.
 */
export class KbSetupView extends KbElement {
  static override properties = { token: {}, step: { state: true } }

  /** **token**, the code from the setup link (`#/setup/<token>`). */
  token = ''
  step: Step = { name: 'loading' }
  private readonly form = new FormController(this, 'setup')
  private readonly savedForm = new FormController(this, 'setup-saved')

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token')) void this.start()
  }

  private async start(): Promise<void> {
    this.step = { name: 'loading' }
    try {
      this.step = { name: 'form', start: await api.startSetup(this.token) }
    } catch (error) {
      this.step = { name: 'failed', message: describeFailure(error) }
    }
  }

  private async onSubmit(event: SubmitEvent, start: SetupStart): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const data = new FormData(element)
    const password = String(data.get('password') ?? '')
    const confirmation = String(data.get('passwordConfirmation') ?? '')
    const code = new FormValues(element).text('code')?.replace(/\s+/g, '')
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (password.length < start.passwordMin) errors.password = m.setupPasswordTooShort(start.passwordMin)
      else if (password !== confirmation) errors.passwordConfirmation = m.setupPasswordMismatch
      if (start.totpRequired && !/^\d{6}$/.test(code ?? '')) errors.code = m.setupCodeInvalid
      return errors
    }
    await this.form.submit(
      async () => {
        const finished = await api.finishSetup({ token: this.token, password, ...(start.totpRequired ? { code } : {}) })
        if (finished.recoveryCodes.length === 0) this.dispatchEvent(new ShowLoginEvent(t().setupDone))
        else await this.showStep({ name: 'recovery', codes: finished.recoveryCodes })
      },
      { check },
    )
  }

  private async showStep(step: Step): Promise<void> {
    this.step = step
    await this.updateComplete
    this.querySelector<HTMLElement>('h1')?.focus()
  }

  private async onSaved(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const saved = new FormValues(submittedForm(event)).checked('saved')
    await this.savedForm.submit(async () => void this.dispatchEvent(new ShowLoginEvent(t().setupDone)), {
      check: (): FieldErrors => (saved ? {} : { saved: t().setupSavedMissing }),
    })
  }

  protected override render() {
    const m = t()
    switch (this.step.name) {
      case 'loading':
        return html`<h1 tabindex="-1">${m.setupTitle}</h1>
          <p role="status">${m.loading}</p>`
      case 'failed':
        return html`<h1 tabindex="-1">${m.setupTitle}</h1>
          <p class="notice notice--error">${this.step.message}</p>`
      case 'form':
        return this.renderForm(this.step.start)
      case 'recovery':
        return this.renderRecovery(this.step.codes)
    }
  }

  private renderForm(start: SetupStart) {
    const m = t()
    return html`<div class="narrow">
      <h1 tabindex="-1">${m.setupTitle}</h1>
      <p>${m.setupIntro(start.email)}</p>
      ${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, start)}>
        <section aria-labelledby="setup-password-title">
          <h2 id="setup-password-title">${m.setupPasswordTitle}</h2>
          ${textField({ form: this.form, name: 'password', label: m.setupPassword, hint: m.setupPasswordHint(start.passwordMin), type: 'password', autocomplete: 'new-password' })}
          ${textField({ form: this.form, name: 'passwordConfirmation', label: m.setupPasswordConfirmation, type: 'password', autocomplete: 'new-password' })}
        </section>
        ${start.totpRequired && start.totpSecret
          ? html`<section aria-labelledby="setup-totp-title">
              <h2 id="setup-totp-title">${m.setupTotpTitle}</h2>
              <ol class="steps">
                <li>${m.setupTotpStepApp}</li>
                <li>
                  ${m.setupTotpStepScan}
                  ${start.totpUri ? html`<kb-qr-code .value=${start.totpUri} .alt=${m.setupQrAlt}></kb-qr-code>` : nothing}
                  <p class="secret">
                    <span class="secret__label" id="setup-secret-label">${m.setupSecret}</span>
                    <code class="secret__value" aria-labelledby="setup-secret-label">${groupSecret(start.totpSecret)}</code>
                  </p>
                  <kb-copy-button .text=${start.totpSecret} .label=${m.setupCopySecret}></kb-copy-button>
                </li>
                <li>${m.setupTotpStepCode}</li>
              </ol>
              ${textField({ form: this.form, name: 'code', label: m.setupCode, hint: m.setupCodeHint, autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 6, width: 'short' })}
            </section>`
          : nothing}
        ${submitButton(this.form, m.setupSubmit)}
      </form>
    </div>`
  }

  private renderRecovery(codes: string[]) {
    const m = t()
    return html`<div class="narrow">
      <h1 tabindex="-1">${m.recoveryTitle}</h1>
      <p>${m.recoveryIntro}</p>
      <ol class="recovery-codes">
        ${codes.map((code) => html`<li><code>${code}</code></li>`)}
      </ol>
      <kb-copy-button .text=${codes.join('\n')} .label=${m.recoveryCopy}></kb-copy-button>
      ${this.savedForm.renderSummary()}
      <form novalidate @submit=${this.onSaved}>
        ${checkbox({ form: this.savedForm, name: 'saved', label: m.recoverySaved })} ${submitButton(this.savedForm, m.recoveryContinue)}
      </form>
    </div>`
  }
}

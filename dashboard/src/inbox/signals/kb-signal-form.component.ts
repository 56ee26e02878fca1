import type { SessionInfo, SignalInput } from '@klankbord/contract'
import { DOMAINS, INBOX_LIMITS, type Domain } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { SavedEvent } from '../events.js'
import { checkbox, selectField, submitButton, textArea, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { chosenMunicipality, municipalityField } from '../forms/municipality-field.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { domainLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { PersonalDataCheckController } from '../personal-data/personal-data-check.controller.js'
import type { SignalDraft } from '../routing/signal-draft.js'
import { suspectedTexts, type SuspectedTexts } from './suspected-texts.js'

/**
 * Write a signal for the municipality: a structural issue, without personal data. The text is checked while typing,
 * and the server's warning on saving can be accepted after review.
 *
 * @fires kb-saved - The signal was saved.
 */
export class KbSignalForm extends KbElement {
  static override properties = { session: { attribute: false }, draft: { attribute: false }, suspected: { state: true } }

  /** **session**, the logged-in confidant; their municipalities are the choices. */
  session: SessionInfo | null = null
  /** **draft**, values to start with, when the form is opened from a case. */
  draft: SignalDraft = {}
  suspected: SuspectedTexts = []
  private readonly form = new FormController(this, 'signal')
  private readonly liveCheck = new PersonalDataCheckController(this)

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const municipalityId = chosenMunicipality(values, this.session?.municipalities ?? [])
    const domain = values.text('domain') as Domain | undefined
    const theme = values.text('theme')
    const text = values.text('text')
    const concernId = values.checked('linkConcern') ? this.draft.concernId : undefined
    const accept = values.checked('acceptPersonalDataWarning')
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!municipalityId) errors.municipalityId = m.municipalityMissing
      if (!domain) errors.domain = m.domainMissing
      if (!theme) errors.theme = m.themeMissing
      if (!text) errors.text = m.signalTextMissing
      return errors
    }
    const input = (): SignalInput => ({
      municipalityId: municipalityId ?? '',
      domain: domain as Domain,
      theme: theme ?? '',
      text: text ?? '',
      ...(concernId ? { concernId } : {}),
      ...(accept && this.suspected.length ? { acceptPersonalDataWarning: true } : {}),
    })
    let refused = false
    const ok = await this.form.submit(() => api.createSignal(input()).then(() => undefined), {
      check,
      handle: (error) => {
        if (error.kind !== 'personal-data-suspected') return false
        this.suspected = suspectedTexts(error.problem, { theme, text })
        // The refusal shows the same marks as the live check; one warning is enough.
        this.liveCheck.reset()
        refused = true
        return true
      },
    })
    if (refused) {
      await this.updateComplete
      this.querySelector<HTMLElement>('#signal-suspected')?.focus()
    }
    if (!ok) return
    element.reset()
    this.suspected = []
    this.liveCheck.reset()
    this.dispatchEvent(new SavedEvent(t().signalSaved))
  }

  protected override render() {
    const m = t()
    const draft = this.draft
    return html`${this.form.renderSummary()}
      ${this.suspected.length
        ? html`<div id="signal-suspected" tabindex="-1">
            ${this.suspected.map(
              (found) => html`<kb-personal-data-notice .text=${found.text} .hits=${found.hits} .heading=${m.personalDataRefused(found.field)}></kb-personal-data-notice>`,
            )}
          </div>`
        : nothing}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${municipalityField(this.form, this.session?.municipalities ?? [], draft.municipalityId)}
        ${selectField({ form: this.form, name: 'domain', label: m.colDomain, placeholder: m.choose, value: draft.domain ?? '', options: DOMAINS.map((code) => ({ value: code, label: domainLabel(code) })) })}
        ${textField({ form: this.form, name: 'theme', label: m.theme, hint: m.themeHint, maxlength: INBOX_LIMITS.themeMax, onInput: () => (this.suspected = []) })}
        ${textArea({
          form: this.form,
          name: 'text',
          label: m.signalText,
          hint: m.signalTextHint,
          maxlength: INBOX_LIMITS.signalTextMax,
          rows: 6,
          onInput: (event) => {
            this.suspected = []
            this.liveCheck.check((event.target as HTMLTextAreaElement).value)
          },
        })}
        <div role="status">
          <kb-personal-data-notice .text=${this.liveCheck.text} .hits=${this.liveCheck.hits}></kb-personal-data-notice>
        </div>
        ${draft.concernId && draft.reference ? checkbox({ form: this.form, name: 'linkConcern', label: m.signalLinkConcern(draft.reference), hint: m.signalLinkHint, checked: true }) : nothing}
        ${this.suspected.length ? checkbox({ form: this.form, name: 'acceptPersonalDataWarning', label: m.personalDataAccept }) : nothing}
        ${submitButton(this.form, m.saveSignal)}
      </form>`
  }
}

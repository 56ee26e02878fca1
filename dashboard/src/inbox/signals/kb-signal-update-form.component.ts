import type { Signal } from '@klankbord/contract'
import { INBOX_LIMITS, SIGNAL_STATUSES, type SignalStatus } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { SavedEvent } from '../events.js'
import { checkbox, selectField, submitButton, textArea } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { suspectedTexts, type SuspectedTexts } from './suspected-texts.js'

/**
 * Move a signal on (new → shared → answered → improved) and write down the municipality's response.
 *
 * @fires kb-saved - The signal was updated.
 */
export class KbSignalUpdateForm extends KbElement {
  static override properties = { signal: { attribute: false }, suspected: { state: true } }

  /** **signal**, the signal to update. */
  signal: Signal | null = null
  suspected: SuspectedTexts = []
  // Several of these forms share the page, so field ids carry the signal's id.
  private readonly form = new FormController(this, () => `signal-${this.signal?.id ?? ''}`)

  private async onSubmit(event: SubmitEvent, signal: Signal): Promise<void> {
    event.preventDefault()
    const values = new FormValues(submittedForm(event))
    const status = values.text('status') as SignalStatus | undefined
    const response = values.text('response') ?? ''
    const accept = values.checked('acceptPersonalDataWarning') && this.suspected.length > 0
    const ok = await this.form.submit(
      () =>
        api
          .updateSignal(signal.id, { ...(status ? { status } : {}), response, ...(accept ? { acceptPersonalDataWarning: true } : {}) })
          .then(() => undefined),
      {
        handle: (error) => {
          if (error.kind !== 'personal-data-suspected') return false
          this.suspected = suspectedTexts(error.problem, { response, theme: signal.theme, text: signal.text })
          return true
        },
      },
    )
    if (!ok) return
    this.suspected = []
    this.dispatchEvent(new SavedEvent(t().signalUpdated(signal.theme)))
  }

  protected override render() {
    const signal = this.signal
    if (!signal) return nothing
    const m = t()
    return html`${this.form.renderSummary()}
      ${this.suspected.map((found) => html`<kb-personal-data-notice .text=${found.text} .hits=${found.hits} .heading=${m.personalDataRefused(found.field)}></kb-personal-data-notice>`)}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, signal)}>
        ${selectField({ form: this.form, name: 'status', label: m.colStatus, value: signal.status, options: SIGNAL_STATUSES.map((code) => ({ value: code, label: m.signalStatusLabels[code] })) })}
        ${textArea({ form: this.form, name: 'response', label: m.response, hint: m.responseHint, optional: true, value: signal.response ?? '', maxlength: INBOX_LIMITS.responseMax, rows: 4 })}
        ${this.suspected.length ? checkbox({ form: this.form, name: 'acceptPersonalDataWarning', label: m.personalDataAccept }) : nothing}
        ${submitButton(this.form, m.save)}
      </form>`
  }
}

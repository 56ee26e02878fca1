import type { CaseDetail } from '@klankbord/contract'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { CaseChangedEvent } from '../events.js'
import { submitButton, textArea } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * Add a note to the case.
 *
 * @fires kb-case-changed - The note was saved.
 */
export class KbNoteForm extends KbElement {
  static override properties = { detail: { attribute: false } }

  /** **detail**, the case. */
  detail: CaseDetail | null = null
  private readonly form = new FormController(this, 'note')

  private async onSubmit(event: SubmitEvent, detail: CaseDetail): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const text = new FormValues(element).text('text')
    const ok = await this.form.submit(() => api.addNote(detail.item.id, { text: text ?? '' }).then(() => undefined), {
      check: (): FieldErrors => (text ? {} : { text: t().noteMissing }),
    })
    if (!ok) return
    element.reset()
    this.dispatchEvent(new CaseChangedEvent(t().noteSaved))
  }

  protected override render() {
    const detail = this.detail
    if (!detail) return nothing
    const m = t()
    return html`${this.form.renderSummary()}
      <form novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, detail)}>
        ${textArea({ form: this.form, name: 'text', label: m.note, hint: m.noteHint, maxlength: INBOX_LIMITS.noteMax, rows: 4 })}
        ${submitButton(this.form, m.saveNote)}
      </form>`
  }
}

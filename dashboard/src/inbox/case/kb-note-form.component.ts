import type { CaseDetail } from '@klankbord/contract'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { api } from '../api/inbox-api.js'
import { textArea } from '../forms/fields.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbCaseForm, type CaseAction } from './kb-case-form.js'

/**
 * Add a note to the case.
 *
 * @fires kb-case-changed - The note was saved.
 */
export class KbNoteForm extends KbCaseForm {
  protected readonly form = new FormController(this, 'note')

  protected action(values: FormValues, detail: CaseDetail): CaseAction {
    const text = values.text('text')
    return { check: (): FieldErrors => (text ? {} : { text: t().noteMissing }), send: () => api.addNote(detail.item.id, { text: text ?? '' }), saved: t().noteSaved }
  }

  protected renderFields() {
    const m = t()
    return textArea({ form: this.form, name: 'text', label: m.note, hint: m.noteHint, maxlength: INBOX_LIMITS.noteMax, rows: 4 })
  }

  protected submitLabel(): string {
    return t().saveNote
  }
}

import type { CaseDetail } from '@klankbord/contract'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { textField } from '../forms/fields.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { FormController } from '../forms/form-controller.js'
import type { FormValues } from '../forms/form-values.js'
import { formatMinutes } from '../format/dates.js'
import { locale, t } from '../i18n/locale.js'
import { KbCaseForm, type CaseAction } from './kb-case-form.js'

/**
 * Log time spent that belongs to no contact, such as writing a letter.
 *
 * @fires kb-case-changed - The time was logged.
 */
export class KbTimeForm extends KbCaseForm {
  protected readonly form = new FormController(this, 'time')

  protected action(values: FormValues, detail: CaseDetail): CaseAction {
    const minutes = values.integer('minutes')
    const activity = values.text('activity')
    const valid = minutes !== undefined && Number.isInteger(minutes) && minutes >= 1 && minutes <= INBOX_LIMITS.minutesMax
    return {
      check: (): FieldErrors => (valid ? {} : { minutes: t().minutesInvalid(1, INBOX_LIMITS.minutesMax) }),
      send: () => api.logTime(detail.item.id, { minutes: minutes ?? 0, ...(activity ? { activity } : {}) }),
      saved: t().timeSaved(formatMinutes(minutes ?? 0, locale())),
    }
  }

  protected renderFields() {
    const m = t()
    return html`${textField({ form: this.form, name: 'minutes', label: m.minutes, type: 'number', inputmode: 'numeric', min: 1, max: INBOX_LIMITS.minutesMax, width: 'short' })}
    ${textField({ form: this.form, name: 'activity', label: m.activity, hint: m.activityHint, optional: true, maxlength: 200 })}`
  }

  protected submitLabel(): string {
    return t().saveTime
  }
}

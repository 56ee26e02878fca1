import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html, type PropertyDeclarations } from 'lit'
import { api } from '../api/inbox-api.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { textField } from '../forms/fields.js'
import type { FormValues } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbPublishableForm, type PublishableRequest } from '../publishable/kb-publishable-form.js'

/** The years the API accepts for an annual report. */
const YEAR_MIN = 2000
const YEAR_MAX = 2100

/**
 * Write a recommendation for an annual report, without personal data: it is published.
 *
 * @fires kb-saved - The recommendation was saved.
 */
export class KbRecommendationForm extends KbPublishableForm {
  static override properties: PropertyDeclarations = { year: { attribute: false } }

  /** **year**, the year the form starts with; *the current year* by default. */
  year = new Date().getFullYear()
  protected readonly idPrefix = 'recommendation'

  protected request(values: FormValues, municipalityId: string): PublishableRequest {
    const year = values.integer('year')
    const text = values.text('text')
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (year === undefined || !Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) errors.year = m.numberBetween(YEAR_MIN, YEAR_MAX)
      if (!text) errors.text = m.recommendationTextMissing
      return errors
    }
    return {
      check,
      send: (accepted) => api.createRecommendation({ municipalityId, year: year ?? Number.NaN, text: text ?? '', ...accepted }),
      sent: { text },
      saved: t().recommendationSaved(year ?? this.year),
    }
  }

  protected renderFields() {
    const m = t()
    return html`${textField({
        form: this.form,
        name: 'year',
        label: m.reportYear,
        hint: m.reportYearHint,
        type: 'number',
        inputmode: 'numeric',
        min: YEAR_MIN,
        max: YEAR_MAX,
        value: String(this.year),
        width: 'short',
      })}
      ${this.publishable.renderText({ name: 'text', label: m.recommendationText, hint: m.recommendationTextHint, maxlength: INBOX_LIMITS.signalTextMax, rows: 6 })}`
  }

  protected submitLabel(): string {
    return t().saveRecommendation
  }
}

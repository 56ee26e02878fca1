import type { RecommendationInput, SessionInfo } from '@klankbord/contract'
import { INBOX_LIMITS } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { SavedEvent } from '../events.js'
import { checkbox, submitButton, textArea, textField } from '../forms/fields.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { chosenMunicipality, municipalityField } from '../forms/municipality-field.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { PersonalDataCheckController } from '../personal-data/personal-data-check.controller.js'
import { suspectedTexts, type SuspectedTexts } from '../signals/suspected-texts.js'

/** The years the API accepts for an annual report. */
const YEAR_MIN = 2000
const YEAR_MAX = 2100

/**
 * Write a recommendation for an annual report. It is published, so the text is checked for personal data while
 * typing, and the server's warning on saving can be accepted after review.
 *
 * @fires kb-saved - The recommendation was saved.
 */
export class KbRecommendationForm extends KbElement {
  static override properties = { session: { attribute: false }, year: { attribute: false }, suspected: { state: true } }

  /** **session**, the logged-in confidant; their municipalities are the choices. */
  session: SessionInfo | null = null
  /** **year**, the year the form starts with; *the current year* by default. */
  year = new Date().getFullYear()
  suspected: SuspectedTexts = []
  private readonly form = new FormController(this, 'recommendation')
  private readonly liveCheck = new PersonalDataCheckController(this)

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const municipalityId = chosenMunicipality(values, this.session?.municipalities ?? [])
    const year = values.integer('year')
    const text = values.text('text')
    const accept = values.checked('acceptPersonalDataWarning') && this.suspected.length > 0
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!municipalityId) errors.municipalityId = m.municipalityMissing
      if (year === undefined || !Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) errors.year = m.numberBetween(YEAR_MIN, YEAR_MAX)
      if (!text) errors.text = m.recommendationTextMissing
      return errors
    }
    const input = (): RecommendationInput => ({
      municipalityId: municipalityId ?? '',
      year: year ?? Number.NaN,
      text: text ?? '',
      ...(accept ? { acceptPersonalDataWarning: true } : {}),
    })
    let refused = false
    const ok = await this.form.submit(() => api.createRecommendation(input()).then(() => undefined), {
      check,
      handle: (error) => {
        if (error.kind !== 'personal-data-suspected') return false
        this.suspected = suspectedTexts(error.problem, { text })
        // The refusal shows the same marks as the live check; one warning is enough.
        this.liveCheck.reset()
        refused = true
        return true
      },
    })
    if (refused) {
      await this.updateComplete
      this.querySelector<HTMLElement>('#recommendation-suspected')?.focus()
    }
    if (!ok) return
    element.reset()
    this.suspected = []
    this.liveCheck.reset()
    this.dispatchEvent(new SavedEvent(t().recommendationSaved(year ?? this.year)))
  }

  protected override render() {
    const m = t()
    return html`${this.form.renderSummary()}
      ${this.suspected.length
        ? html`<div id="recommendation-suspected" tabindex="-1">
            ${this.suspected.map(
              (found) => html`<kb-personal-data-notice .text=${found.text} .hits=${found.hits} .heading=${m.personalDataRefused(found.field)}></kb-personal-data-notice>`,
            )}
          </div>`
        : nothing}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${municipalityField(this.form, this.session?.municipalities ?? [])}
        ${textField({
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
        ${textArea({
          form: this.form,
          name: 'text',
          label: m.recommendationText,
          hint: m.recommendationTextHint,
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
        ${this.suspected.length ? checkbox({ form: this.form, name: 'acceptPersonalDataWarning', label: m.personalDataAccept }) : nothing}
        ${submitButton(this.form, m.saveRecommendation)}
      </form>`
  }
}

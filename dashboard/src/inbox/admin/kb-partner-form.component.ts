import type { Municipality, Partner, PartnerInput } from '@klankbord/contract'
import { PARTNER_KEY_PATTERN, PARTNER_KINDS, type PartnerKind } from '@klankbord/contract/vocabulary'
import { html, type PropertyValues } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { api } from '../api/inbox-api.js'
import { CancelEvent, SavedEvent } from '../events.js'
import { selectField, submitButton, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { partnerKindLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

const ORIGIN_PATTERN = /^https?:\/\/[^/\s?#]+$/

/** One row of the origins list; the key keeps each input in place when another row is removed. */
type OriginRow = { key: number; value: string }

/**
 * Add or change a partner site: the organisation, its public key and the websites (origins) allowed to embed the widget.
 *
 * @fires kb-saved - The partner was saved.
 * @fires kb-cancel - Editing was cancelled.
 */
export class KbPartnerForm extends KbElement {
  static override properties = { partner: { attribute: false }, municipalities: { attribute: false }, origins: { state: true } }

  /** **partner**, the one to change; null to add a new one. */
  partner: Partner | null = null
  /** **municipalities**, the choices for the municipality. */
  municipalities: readonly Municipality[] = []
  origins: OriginRow[] = [{ key: 0, value: '' }]
  private nextKey = 1
  private readonly form = new FormController(this, () => `partner-${this.partner?.id ?? 'new'}`)

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('partner') && this.partner?.allowedOrigins.length) this.origins = this.partner.allowedOrigins.map((value) => ({ key: this.nextKey++, value }))
  }

  private addOrigin(): void {
    const key = this.nextKey++
    this.origins = [...this.origins, { key, value: '' }]
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>(`#${this.form.id(`allowedOrigins.${this.origins.length - 1}`)}`)?.focus())
  }

  private removeOrigin(key: number): void {
    this.origins = this.origins.filter((row) => row.key !== key)
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${this.form.id('add-origin')}`)?.focus())
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    // Empty rows are dropped before sending, so the server's `allowedOrigins.N` errors point at the rows on screen.
    const typed = this.origins.map((row, i) => ({ ...row, value: values.text(`allowedOrigins.${i}`) ?? '' }))
    const kept = typed.filter((row) => row.value)
    if (kept.length !== typed.length) {
      this.origins = kept.length ? kept : [{ key: this.nextKey++, value: '' }]
      await this.updateComplete
    }
    const origins = kept.map((row) => row.value)
    const input: PartnerInput = {
      municipalityId: values.text('municipalityId') ?? '',
      name: values.text('name') ?? '',
      kind: (values.text('kind') ?? '') as PartnerKind,
      key: values.text('key') ?? '',
      allowedOrigins: origins,
    }
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!input.municipalityId) errors.municipalityId = m.municipalityMissing
      if (!input.name) errors.name = m.nameMissing
      if (!input.kind) errors.kind = m.partnerKindMissing
      if (!PARTNER_KEY_PATTERN.test(input.key)) errors.key = m.partnerKeyInvalid
      origins.forEach((origin, i) => {
        if (!ORIGIN_PATTERN.test(origin)) errors[`allowedOrigins.${i}`] = m.originInvalid
      })
      return errors
    }
    const existing = this.partner
    const ok = await this.form.submit(() => (existing ? api.updatePartner(existing.id, input) : api.createPartner(input)).then(() => undefined), { check })
    if (!ok) return
    if (!existing) {
      element.reset()
      this.origins = [{ key: this.nextKey++, value: '' }]
    }
    this.dispatchEvent(new SavedEvent(t().partnerSaved(input.name)))
  }

  protected override render() {
    const m = t()
    const current = this.partner
    const originsError = this.form.error('allowedOrigins')
    return html`${this.form.renderSummary()}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${selectField({ form: this.form, name: 'municipalityId', label: m.municipality, placeholder: m.choose, value: current?.municipalityId ?? '', options: this.municipalities.map((item) => ({ value: item.id, label: item.name })) })}
        ${textField({ form: this.form, name: 'name', label: m.name, hint: m.partnerNameHint, value: current?.name ?? '', maxlength: 120 })}
        ${selectField({ form: this.form, name: 'kind', label: m.partnerKind, placeholder: m.choose, value: current?.kind ?? '', options: PARTNER_KINDS.map((code) => ({ value: code, label: partnerKindLabel(code) })) })}
        ${textField({ form: this.form, name: 'key', label: m.partnerKey, hint: m.partnerKeyHint, value: current?.key ?? '', maxlength: 63, width: 'medium' })}
        <fieldset class="fieldset" id=${this.form.id('allowedOrigins')} aria-describedby="${this.form.id('allowedOrigins')}-hint">
          <legend class="field__label">${m.allowedOrigins}</legend>
          <p class="hint" id="${this.form.id('allowedOrigins')}-hint">${m.allowedOriginsHint}</p>
          ${originsError && !this.origins.some((_, i) => this.form.errors[`allowedOrigins.${i}`]) ? html`<p class="field-error">${originsError}</p>` : ''}
          ${repeat(
            this.origins,
            (row) => row.key,
            (row, i) => html`<div class="origin-row">
              ${textField({ form: this.form, name: `allowedOrigins.${i}`, label: m.originNumber(i + 1), type: 'url', value: row.value, optional: true, maxlength: 200 })}
              <button class="button button--secondary button--small" type="button" @click=${() => this.removeOrigin(row.key)}>
                ${m.remove}<span class="visually-hidden"> ${m.originNumber(i + 1)}</span>
              </button>
            </div>`,
          )}
          <button class="button button--secondary button--small" type="button" id=${this.form.id('add-origin')} @click=${this.addOrigin}>${m.addOrigin}</button>
        </fieldset>
        <div class="actions">
          ${submitButton(this.form, current ? m.saveChanges : m.addPartner)}
          ${current ? html`<button class="button button--secondary" type="button" @click=${() => this.dispatchEvent(new CancelEvent())}>${m.cancel}</button>` : ''}
        </div>
      </form>`
  }
}

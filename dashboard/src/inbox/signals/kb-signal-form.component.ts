import { DOMAINS, INBOX_LIMITS, type Domain } from '@klankbord/contract/vocabulary'
import { html, nothing, type PropertyDeclarations } from 'lit'
import { api } from '../api/inbox-api.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { checkbox, selectField, textField } from '../forms/fields.js'
import type { FormValues } from '../forms/form-values.js'
import { domainLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbPublishableForm, type PublishableRequest } from '../publishable/kb-publishable-form.js'
import type { SignalDraft } from '../routing/signal-draft.js'

/**
 * Write a signal for the municipality: a structural issue, without personal data.
 *
 * @fires kb-saved - The signal was saved.
 */
export class KbSignalForm extends KbPublishableForm {
  static override properties: PropertyDeclarations = { draft: { attribute: false } }

  /** **draft**, values to start with, when the form is opened from a case. */
  draft: SignalDraft = {}
  protected readonly idPrefix = 'signal'

  protected override get municipalityId(): string | undefined {
    return this.draft.municipalityId
  }

  protected request(values: FormValues, municipalityId: string): PublishableRequest {
    const domain = values.text('domain') as Domain | undefined
    const theme = values.text('theme')
    const text = values.text('text')
    const concernId = values.checked('linkConcern') ? this.draft.concernId : undefined
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!domain) errors.domain = m.domainMissing
      if (!theme) errors.theme = m.themeMissing
      if (!text) errors.text = m.signalTextMissing
      return errors
    }
    return {
      check,
      send: (accepted) => api.createSignal({ municipalityId, domain: domain as Domain, theme: theme ?? '', text: text ?? '', ...(concernId ? { concernId } : {}), ...accepted }),
      sent: { theme, text },
      saved: t().signalSaved,
    }
  }

  protected renderFields() {
    const m = t()
    const draft = this.draft
    return html`${selectField({ form: this.form, name: 'domain', label: m.colDomain, placeholder: m.choose, value: draft.domain ?? '', options: DOMAINS.map((code) => ({ value: code, label: domainLabel(code) })) })}
      ${textField({ form: this.form, name: 'theme', label: m.theme, hint: m.themeHint, maxlength: INBOX_LIMITS.themeMax, onInput: this.publishable.edited })}
      ${this.publishable.renderText({ name: 'text', label: m.signalText, hint: m.signalTextHint, maxlength: INBOX_LIMITS.signalTextMax, rows: 6 })}
      ${draft.concernId && draft.reference ? checkbox({ form: this.form, name: 'linkConcern', label: m.signalLinkConcern(draft.reference), hint: m.signalLinkHint, checked: true }) : nothing}`
  }

  protected submitLabel(): string {
    return t().saveSignal
  }
}

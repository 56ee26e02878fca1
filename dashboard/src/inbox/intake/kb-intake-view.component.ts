import type { ConfidantIntakeInput, IntakeCreated, SessionInfo } from '@klankbord/contract'
import { lastDayToObject } from '@klankbord/contract/dates'
import {
  CONTACT_MODES,
  DOMAINS,
  KINDS,
  LIMITS,
  LOCALES,
  STAFF_CHANNELS,
  WISHES,
  type ContactMode,
  type Domain,
  type Kind,
  type Locale,
  type StaffChannel,
  type Wish,
} from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { checkbox, choiceGroup, submitButton, textArea, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { chosenMunicipality, municipalityField } from '../forms/municipality-field.js'
import type { FieldErrors } from '../forms/field-errors.js'
import { amsterdamDate, formatDate } from '../format/dates.js'
import { contactModeLabel, domainLabel, kindLabel, wishLabel } from '../i18n/code-labels.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { routeHash } from '../routing/routes.js'

/** The contact part of the input, from the chosen mode; fields of other modes are not sent. */
function contactFrom(values: FormValues, mode: ContactMode): ConfidantIntakeInput['contact'] {
  const name = values.text('contact.name')
  if (mode === 'email') return { mode, email: values.text('contact.email') ?? '', ...(name ? { name } : {}) }
  if (mode === 'phone') {
    const bestTime = values.text('contact.bestTime')
    return { mode, phone: values.text('contact.phone') ?? '', ...(name ? { name } : {}), ...(bestTime ? { bestTime } : {}) }
  }
  return { mode: 'none' }
}

/** A concern the confidant takes by phone, at the walk-in hour, by e-mail or by letter, or on their own initiative: the widget's questions plus channel and municipality. */
export class KbIntakeView extends KbElement {
  static override properties = {
    session: { attribute: false },
    contactMode: { state: true },
    decisionDate: { state: true },
    created: { state: true },
  }

  /** **session**, the logged-in confidant; their municipalities are the choices. */
  session: SessionInfo | null = null
  contactMode: ContactMode = 'none'
  decisionDate = ''
  created: IntakeCreated | null = null
  private readonly form = new FormController(this, 'intake')

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const element = submittedForm(event)
    const values = new FormValues(element)
    const municipalityId = chosenMunicipality(values, this.session?.municipalities ?? [])
    const channel = values.text('channel') as StaffChannel | undefined
    const domain = values.text('domain') as Domain | undefined
    const kinds = values.texts('kinds') as Kind[]
    const description = values.text('description')
    const wish = values.text('wish') as Wish | undefined
    const organisation = values.text('organisation')
    const decisionDate = values.text('decisionDate')
    const residentLocale = (values.text('locale') ?? 'nl') as Locale
    const consent = values.checked('consent')
    const contact = contactFrom(values, this.contactMode)
    const check = (): FieldErrors => {
      const m = t()
      const errors: FieldErrors = {}
      if (!municipalityId) errors.municipalityId = m.municipalityMissing
      if (!channel) errors.channel = m.channelMissing
      if (!domain) errors.domain = m.domainMissing
      if (kinds.length === 0) errors.kinds = m.kindsMissing
      if (!description) errors.description = m.descriptionMissing
      if (!wish) errors.wish = m.wishMissing
      if (decisionDate && decisionDate > amsterdamDate(new Date())) errors.decisionDate = m.decisionDateFuture
      if (contact.mode === 'email' && !contact.email) errors['contact.email'] = m.emailMissing
      if (contact.mode === 'phone' && !contact.phone) errors['contact.phone'] = m.phoneMissing
      if (!consent) errors.consent = m.privacyConsentMissing
      return errors
    }
    const input = (): ConfidantIntakeInput => ({
      municipalityId: municipalityId ?? '',
      channel: channel as StaffChannel,
      domain: domain as Domain,
      kinds,
      description: description ?? '',
      wish: wish as Wish,
      ...(organisation ? { organisation } : {}),
      ...(decisionDate ? { decisionDate } : {}),
      onBehalfOf: values.checked('onBehalfOf'),
      contact,
      locale: residentLocale,
      consent: true,
    })
    const ok = await this.form.submit(
      async () => {
        this.created = await api.createIntake(input())
      },
      { check },
    )
    if (!ok) return
    element.reset()
    this.contactMode = 'none'
    this.decisionDate = ''
    await this.updateComplete
    this.querySelector<HTMLElement>('#intake-created-title')?.focus()
  }

  private another(): void {
    this.created = null
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('h1')?.focus())
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.intakeTitle}</h1>
      ${this.created ? this.renderCreated(this.created) : this.renderForm()}`
  }

  private renderCreated(created: IntakeCreated) {
    const m = t()
    return html`<section class="created" aria-labelledby="intake-created-title">
      <h2 id="intake-created-title" tabindex="-1">${m.intakeCreatedTitle}</h2>
      <p>${m.intakeCreatedReadOut}</p>
      <dl class="codes">
        <div><dt>${m.reference}</dt><dd><code class="code-large">${created.reference}</code></dd></div>
        <div><dt>${m.followUpCode}</dt><dd><code class="code-large">${created.followUpCode}</code></dd></div>
        <div><dt>${m.colFirstContact}</dt><dd>${m.firstContactDue(formatDate(created.firstContactBy, locale()))}</dd></div>
      </dl>
      <p class="notice notice--warning">${m.intakeCodeOnce}</p>
      <div class="actions">
        <a class="button button--secondary" href=${routeHash({ view: 'case', id: created.id })}>${m.intakeOpenInInbox}</a>
        <button class="button button--primary" type="button" @click=${this.another}>${m.intakeAnother}</button>
      </div>
    </section>`
  }

  private renderForm() {
    const m = t()
    const lastDay = /^\d{4}-\d{2}-\d{2}$/.test(this.decisionDate) ? lastDayToObject(this.decisionDate) : null
    return html`<p>${m.intakeIntro}</p>
      ${this.form.renderSummary()}
      <form class="form" novalidate @submit=${this.onSubmit}>
        <h2>${m.intakeHowTitle}</h2>
        ${municipalityField(this.form, this.session?.municipalities ?? [])}
        ${choiceGroup({ form: this.form, type: 'radio', name: 'channel', label: m.channel, inline: true, options: STAFF_CHANNELS.map((code) => ({ value: code, label: m.channelLabels[code] })) })}
        <h2>${m.intakeWhatTitle}</h2>
        ${choiceGroup({ form: this.form, type: 'radio', name: 'domain', label: m.colDomain, options: DOMAINS.map((code) => ({ value: code, label: domainLabel(code) })) })}
        ${choiceGroup({ form: this.form, type: 'checkbox', name: 'kinds', label: m.colKinds, hint: m.kindsHint, options: KINDS.map((code) => ({ value: code, label: kindLabel(code) })) })}
        ${textArea({ form: this.form, name: 'description', label: m.description, hint: m.descriptionHint, maxlength: LIMITS.descriptionMax, rows: 8 })}
        ${choiceGroup({ form: this.form, type: 'radio', name: 'wish', label: m.colWish, options: WISHES.map((code) => ({ value: code, label: wishLabel(code) })) })}
        ${textField({ form: this.form, name: 'organisation', label: m.organisation, hint: m.organisationHint, optional: true, maxlength: LIMITS.organisationMax })}
        ${textField({
          form: this.form,
          name: 'decisionDate',
          label: m.decisionDate,
          hint: m.decisionDateHint,
          type: 'date',
          optional: true,
          max: amsterdamDate(new Date()),
          width: 'medium',
          onInput: (event) => (this.decisionDate = (event.target as HTMLInputElement).value),
        })}
        ${lastDay
          ? html`<div class="notice notice--warning" role="status">
              <p><strong>${m.objectionLastDay(formatDate(lastDay, locale()))}</strong></p>
              <p>${m.objectionNotPaused}</p>
            </div>`
          : nothing}
        ${checkbox({ form: this.form, name: 'onBehalfOf', label: m.onBehalfOfQuestion })}
        <h2>${m.intakeContactTitle}</h2>
        ${choiceGroup({
          form: this.form,
          type: 'radio',
          name: 'contact.mode',
          label: m.contactMode,
          values: [this.contactMode],
          options: CONTACT_MODES.map((code) => ({ value: code, label: contactModeLabel(code) })),
          onChange: (event) => (this.contactMode = (event.target as HTMLInputElement).value as ContactMode),
        })}
        ${this.contactMode === 'email'
          ? html`<div class="conditional">
              ${textField({ form: this.form, name: 'contact.email', label: m.email, type: 'email', maxlength: LIMITS.emailMax })}
              ${textField({ form: this.form, name: 'contact.name', label: m.name, optional: true, maxlength: LIMITS.nameMax })}
            </div>`
          : nothing}
        ${this.contactMode === 'phone'
          ? html`<div class="conditional">
              ${textField({ form: this.form, name: 'contact.phone', label: m.phone, type: 'tel', width: 'medium' })}
              ${textField({ form: this.form, name: 'contact.name', label: m.name, optional: true, maxlength: LIMITS.nameMax })}
              ${textField({ form: this.form, name: 'contact.bestTime', label: m.bestTime, optional: true, maxlength: LIMITS.bestTimeMax })}
            </div>`
          : nothing}
        ${choiceGroup({ form: this.form, type: 'radio', name: 'locale', label: m.residentLanguage, inline: true, values: ['nl'], options: LOCALES.map((code) => ({ value: code, label: m.localeLabels[code] })) })}
        ${checkbox({ form: this.form, name: 'consent', label: m.privacyConsent })}
        ${submitButton(this.form, m.intakeSubmit)}
      </form>`
  }
}

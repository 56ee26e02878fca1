import type { Person } from '@klankbord/contract'
import { DOMAINS, KINDS, type Domain, type Kind } from '@klankbord/contract/vocabulary'
import { html } from 'lit'
import { checkbox, selectField, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { domainLabel, kindLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { filtersFromParams, type InboxFilters } from '../routing/inbox-filters.js'
import { routeHash } from '../routing/routes.js'

/** The filter form above the inbox. Applying it changes the URL hash, so the filtered list can be shared as a link. */
export class KbInboxFilters extends KbElement {
  static override properties = { filters: { attribute: false }, confidants: { attribute: false }, partners: { attribute: false } }

  /** **filters**, the filters in force. */
  filters: InboxFilters = {}
  /** **confidants**, who can be filtered on as assignee. */
  confidants: readonly Person[] = []
  /** **partners**, the partner sites that can be filtered on. */
  partners: readonly Person[] = []
  private readonly form = new FormController(this, 'filter')

  private apply(event: SubmitEvent): void {
    event.preventDefault()
    const values = new FormValues(submittedForm(event))
    const params = new URLSearchParams()
    for (const name of ['domain', 'kind', 'partner', 'assignee', 'reference']) {
      const value = values.text(name)
      if (value) params.set(name, value)
    }
    for (const name of ['overdue', 'objectionSoon']) if (values.checked(name)) params.set(name, 'true')
    const filters = filtersFromParams(params)
    location.hash = routeHash({ view: 'concerns', filters: { ...filters, ...(this.filters.status ? { status: this.filters.status } : {}) } })
  }

  protected override render() {
    const m = t()
    const f = this.filters
    return html`<form class="filters" role="search" aria-label=${m.filtersLabel} novalidate @submit=${this.apply}>
      <div class="filters__grid">
        ${textField({ form: this.form, name: 'reference', label: m.filterReference, type: 'search', value: f.reference ?? '', optional: 'silent', width: 'medium' })}
        ${selectField({ form: this.form, name: 'domain', label: m.colDomain, value: f.domain ?? '', placeholder: m.all, options: DOMAINS.map((code: Domain) => ({ value: code, label: domainLabel(code) })), optional: 'silent' })}
        ${selectField({ form: this.form, name: 'kind', label: m.filterKind, value: f.kind ?? '', placeholder: m.all, options: KINDS.map((code: Kind) => ({ value: code, label: kindLabel(code) })), optional: 'silent' })}
        ${selectField({ form: this.form, name: 'partner', label: m.filterPartner, value: f.partner ?? '', placeholder: m.all, options: this.partners.map((p) => ({ value: p.id, label: p.name })), optional: 'silent' })}
        ${selectField({
          form: this.form,
          name: 'assignee',
          label: m.colAssignee,
          value: f.assignee ?? '',
          placeholder: m.all,
          options: [{ value: 'none', label: m.notAssigned }, ...this.confidants.map((p) => ({ value: p.id, label: p.name }))],
          optional: 'silent',
        })}
      </div>
      <div class="filters__checks">
        ${checkbox({ form: this.form, name: 'overdue', label: m.filterOverdue, checked: f.overdue ?? false })}
        ${checkbox({ form: this.form, name: 'objectionSoon', label: m.filterObjectionSoon, checked: f.objectionSoon ?? false })}
      </div>
      <div class="actions">
        <button class="button button--primary" type="submit">${m.filterApply}</button>
        <a class="button button--link" href=${routeHash({ view: 'concerns', filters: {} })}>${m.filterClear}</a>
      </div>
    </form>`
  }
}

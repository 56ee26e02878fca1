import type { AuditEntry } from '@klankbord/contract'
import { html, nothing, type PropertyValues } from 'lit'
import { api, auditCsvUrl } from '../api/inbox-api.js'
import { submitButton, textField } from '../forms/fields.js'
import { describeFailure, FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { formatDateTime } from '../format/dates.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { auditFiltersFromParams, type AuditFilters } from '../routing/audit-filters.js'
import { routeHash } from '../routing/routes.js'

/** The log of every processing of personal data: filter by object, actor and dates, read it here or download it as CSV. */
export class KbAuditView extends KbElement {
  static override properties = { filters: { attribute: false }, items: { state: true }, loadError: { state: true } }

  /** **filters**, from the URL hash. */
  filters: AuditFilters = {}
  items: AuditEntry[] | null = null
  loadError = ''
  private readonly form = new FormController(this, 'audit')

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filters')) void this.load()
  }

  private async load(): Promise<void> {
    const filters = this.filters
    try {
      const { items } = await api.listAudit(filters)
      if (filters === this.filters) this.items = items
      this.loadError = ''
    } catch (error) {
      this.loadError = describeFailure(error)
    }
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault()
    const values = new FormValues(submittedForm(event))
    const params = new URLSearchParams()
    for (const name of ['objectId', 'actorId', 'from', 'to']) {
      const value = values.text(name)
      if (value) params.set(name, value)
    }
    location.hash = routeHash({ view: 'audit', filters: auditFiltersFromParams(params) })
  }

  protected override render() {
    const m = t()
    const f = this.filters
    return html`<h1 tabindex="-1">${m.auditTitle}</h1>
      <p>${m.auditIntro}</p>
      <form class="filters" role="search" aria-label=${m.auditFiltersLabel} novalidate @submit=${this.apply}>
        <div class="filters__grid">
          ${textField({ form: this.form, name: 'objectId', label: m.auditObjectId, hint: m.auditObjectIdHint, optional: 'silent', value: f.objectId ?? '', maxlength: 64 })}
          ${textField({ form: this.form, name: 'actorId', label: m.auditActorId, hint: m.auditActorIdHint, optional: 'silent', value: f.actorId ?? '', maxlength: 64 })}
          ${textField({ form: this.form, name: 'from', label: m.auditFrom, type: 'date', optional: 'silent', value: f.from ?? '', width: 'medium' })}
          ${textField({ form: this.form, name: 'to', label: m.auditTo, type: 'date', optional: 'silent', value: f.to ?? '', width: 'medium' })}
        </div>
        <div class="actions">
          ${submitButton(this.form, m.filterApply)}
          <a class="button button--link" href=${routeHash({ view: 'audit', filters: {} })}>${m.filterClear}</a>
          <a class="button button--secondary" href=${auditCsvUrl(f)} download>${m.auditCsv}</a>
        </div>
      </form>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.items ? this.renderTable(this.items) : this.loadError ? nothing : html`<p>${m.loading}</p>`}`
  }

  private renderTable(items: AuditEntry[]) {
    const m = t()
    if (items.length === 0) return html`<p>${m.auditEmpty}</p>`
    return html`<div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
      <table class="table table--compact">
        <caption id="audit-caption">${m.auditCaption(items.length)}</caption>
        <thead>
          <tr>
            <th scope="col">${m.auditTime}</th>
            <th scope="col">${m.auditAction}</th>
            <th scope="col">${m.auditResult}</th>
            <th scope="col">${m.auditActor}</th>
            <th scope="col">${m.auditActivity}</th>
            <th scope="col">${m.auditObject}</th>
            <th scope="col">${m.auditOrigin}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (entry) => html`<tr>
              <td><time datetime=${entry.startTime}>${formatDateTime(entry.startTime, locale())}</time></td>
              <th scope="row"><code>${entry.name}</code></th>
              <td>${entry.statusCode === 'OK' ? m.auditOk : html`<strong>${m.auditError}</strong>`}</td>
              <td>${entry.actor.name ?? entry.actor.id ?? m.auditSystem} <span class="muted">(${entry.actor.role})</span></td>
              <td>${entry.processingActivity}</td>
              <td>${entry.objectType}${entry.objectId ? html` <code>${entry.objectId}</code>` : nothing}</td>
              <td>${entry.origin ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`
  }
}

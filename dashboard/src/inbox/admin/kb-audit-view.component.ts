import type { AuditEntry } from '@klankbord/contract'
import { html, nothing, type PropertyValues } from 'lit'
import { api, auditCsvUrl } from '../api/inbox-api.js'
import { dataTable } from '../common/data-table.js'
import { ResourceController } from '../common/resource.controller.js'
import { submitButton, textField } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { formatDateTime } from '../format/dates.js'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { auditFiltersFromParams, type AuditFilters } from '../routing/audit-filters.js'
import { routeHash } from '../routing/routes.js'

/** The log of every processing of personal data: filter by object, actor and dates, read it here or download it as CSV. */
export class KbAuditView extends KbElement {
  static override properties = { filters: { attribute: false } }

  /** **filters**, from the URL hash. */
  filters: AuditFilters = {}
  private readonly form = new FormController(this, 'audit')
  private readonly entries = new ResourceController(this, { read: async () => (await api.listAudit(this.filters)).items })

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filters')) void this.entries.load()
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
      ${this.entries.renderError()} ${this.entries.renderValue((items) => this.renderTable(items))}`
  }

  private renderTable(items: AuditEntry[]) {
    const m = t()
    return dataTable({
      id: 'audit',
      caption: m.auditCaption(items.length),
      empty: m.auditEmpty,
      rows: items,
      compact: true,
      // The time comes first, to read the log in order; the action names the row.
      rowHeader: 1,
      columns: [
        [m.auditTime, (entry) => html`<time datetime=${entry.startTime}>${formatDateTime(entry.startTime, locale())}</time>`],
        [m.auditAction, (entry) => html`<code>${entry.name}</code>`],
        [m.auditResult, (entry) => (entry.statusCode === 'OK' ? m.auditOk : html`<strong>${m.auditError}</strong>`)],
        [m.auditActor, (entry) => html`${entry.actor.name ?? entry.actor.id ?? m.auditSystem} <span class="muted">(${entry.actor.role})</span>`],
        [m.auditActivity, (entry) => entry.processingActivity],
        [m.auditObject, (entry) => html`${entry.objectType}${entry.objectId ? html` <code>${entry.objectId}</code>` : nothing}`],
        [m.auditOrigin, (entry) => entry.origin ?? ''],
      ],
    })
  }
}

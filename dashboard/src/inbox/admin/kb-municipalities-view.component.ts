import type { Municipality } from '@klankbord/contract'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { actionDetails } from '../common/action-details.js'
import { actionsColumn, dataTable } from '../common/data-table.js'
import { ResourceController } from '../common/resource.controller.js'
import { CancelEvent, SavedEvent } from '../events.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { EditingController } from './editing.controller.js'

/** The administrator's list of municipalities, with a form to add one and a form to change one. */
export class KbMunicipalitiesView extends KbElement {
  private readonly municipalities = new ResourceController(this, { read: async () => (await api.listMunicipalities()).items, statusId: 'municipalities-status' })
  private readonly editing = new EditingController<Municipality>(this, 'municipality-edit-title')

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => {
      this.editing.close()
      void this.municipalities.reload(event.message)
    })
    this.addEventListener(CancelEvent.type, () => this.editing.cancel())
    void this.municipalities.load()
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.municipalitiesTitle}</h1>
      ${this.municipalities.renderStatus()} ${this.municipalities.renderError()}
      ${this.editing.renderPanel(
        (item) => m.editMunicipality(item.name),
        (item) => html`<kb-municipality-form .municipality=${item}></kb-municipality-form>`,
      )}
      ${this.municipalities.renderValue((items) => this.renderTable(items))}
      ${actionDetails(m.addMunicipality, html`<kb-municipality-form></kb-municipality-form>`)}`
  }

  private renderTable(items: Municipality[]) {
    const m = t()
    return dataTable({
      id: 'municipalities',
      caption: m.municipalitiesCaption(items.length),
      empty: m.municipalitiesEmpty,
      rows: items,
      columns: [
        [m.name, (item) => item.name],
        [m.retentionMonths, (item) => item.retentionMonths],
        [m.confidantName, (item) => item.settings.confidantName],
        [m.confidantPhone, (item) => item.settings.confidantPhone],
        [m.walkInHours, (item) => item.settings.walkInHours],
        [m.firstContactWorkingDays, (item) => item.settings.firstContactWorkingDays],
        [actionsColumn(), (item) => this.editing.renderButton(item)],
      ],
    })
  }
}

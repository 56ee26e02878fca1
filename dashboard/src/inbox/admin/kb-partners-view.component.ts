import type { Partner } from '@klankbord/contract'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { actionDetails } from '../common/action-details.js'
import { actionsColumn, dataTable } from '../common/data-table.js'
import { ResourceController } from '../common/resource.controller.js'
import { CancelEvent, SavedEvent } from '../events.js'
import { partnerKindLabel } from '../i18n/code-labels.js'
import { t } from '../i18n/locale.js'
import { routeHash } from '../routing/routes.js'
import { KbElement } from '../kb-element.js'
import { EditingController } from './editing.controller.js'

/** The partner sites that embed the widget: list, add, change. */
export class KbPartnersView extends KbElement {
  private readonly lists = new ResourceController(this, {
    read: async () => {
      const [partners, municipalities] = await Promise.all([api.listPartners(), api.listMunicipalities()])
      return { partners: partners.items, municipalities: municipalities.items }
    },
    statusId: 'partners-status',
  })
  private readonly editing = new EditingController<Partner>(this, 'partner-edit-title')

  override connectedCallback(): void {
    super.connectedCallback()
    this.addEventListener(SavedEvent.type, (event) => {
      this.editing.close()
      void this.lists.reload(event.message)
    })
    this.addEventListener(CancelEvent.type, () => this.editing.cancel())
    void this.lists.load()
  }

  private get municipalities() {
    return this.lists.value?.municipalities ?? []
  }

  private municipalityName(id: string): string {
    return this.municipalities.find((item) => item.id === id)?.name ?? id
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.partnersTitle}</h1>
      <p>${m.partnersIntro}</p>
      ${this.lists.renderStatus()} ${this.lists.renderError()}
      ${this.editing.renderPanel(
        (item) => m.editPartner(item.name),
        (item) => html`<kb-partner-form .partner=${item} .municipalities=${this.municipalities}></kb-partner-form>`,
      )}
      ${this.lists.renderValue(({ partners }) => this.renderTable(partners))}
      ${actionDetails(m.addPartner, html`<kb-partner-form .municipalities=${this.municipalities}></kb-partner-form>`)}`
  }

  private renderTable(items: Partner[]) {
    const m = t()
    return dataTable({
      id: 'partners',
      caption: m.partnersCaption(items.length),
      empty: m.partnersEmpty,
      rows: items,
      columns: [
        [m.name, (item) => item.name],
        [m.municipality, (item) => this.municipalityName(item.municipalityId)],
        [m.partnerKind, (item) => partnerKindLabel(item.kind)],
        [m.partnerKey, (item) => html`<code>${item.key}</code>`],
        [
          m.allowedOrigins,
          (item) =>
            item.allowedOrigins.length
              ? html`<ul class="plain">${item.allowedOrigins.map((origin) => html`<li><code>${origin}</code></li>`)}</ul>`
              : html`<span class="muted">${m.none}</span>`,
        ],
        [actionsColumn(), (item) => html`${this.editing.renderButton(item)} <a class="button button--secondary" href=${routeHash({ view: 'partner-kit', id: item.id })}>${m.kitOpen(item.name)}</a>`],
      ],
    })
  }
}

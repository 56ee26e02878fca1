import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit'
import { keyed } from 'lit/directives/keyed.js'
import { focusAfterUpdate } from '../common/focus.js'
import { t } from '../i18n/locale.js'

type Named = { id: string; name: string }

/**
 * The record of an admin table that is being changed, in a panel above the table. Focus moves to the panel's heading,
 * and back to the row's edit button when the panel is closed without saving.
 */
export class EditingController<Item extends Named> implements ReactiveController {
  item: Item | null = null

  /** `titleId` is the panel heading's id; `onStart` runs before the panel opens. */
  constructor(
    private readonly host: LitElement,
    private readonly titleId: string,
    private readonly onStart: () => void = () => undefined,
  ) {
    host.addController(this)
  }

  hostConnected(): void {}

  start(item: Item): void {
    this.onStart()
    this.item = item
    this.host.requestUpdate()
    void focusAfterUpdate(this.host, `#${this.titleId}`)
  }

  /** Closes the panel without saving. */
  cancel(): void {
    const id = this.item?.id
    this.close()
    void focusAfterUpdate(this.host, `#edit-${id}`)
  }

  /** Closes the panel after saving; the status line then takes focus. */
  close(): void {
    this.item = null
    this.host.requestUpdate()
  }

  /** The panel, while a record is being changed; a new form for each record, so no field keeps another's value. */
  renderPanel(title: (item: Item) => string, form: (item: Item) => TemplateResult): TemplateResult | typeof nothing {
    const item = this.item
    if (!item) return nothing
    return html`<section class="panel" aria-labelledby=${this.titleId}>
      <h2 id=${this.titleId} tabindex="-1">${title(item)}</h2>
      ${keyed(item.id, form(item))}
    </section>`
  }

  /** The row's edit button, named with the record for screen readers. */
  renderButton(item: Item): TemplateResult {
    return html`<button class="button button--secondary button--small" type="button" id="edit-${item.id}" @click=${() => this.start(item)}>
      ${t().edit}<span class="visually-hidden"> ${item.name}</span>
    </button>`
  }
}

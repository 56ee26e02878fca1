import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit'
import { describeFailure } from '../forms/form-controller.js'
import { t } from '../i18n/locale.js'
import { focusAfterUpdate } from './focus.js'

type Options<Value> = {
  /** Reads the value from the API. */
  read: () => Promise<Value>
  /** The id of the status line that announces what was saved, for views that save. */
  statusId?: string
}

/** What a view reads from the API: the value (null until loaded), why loading failed, and a status line for what was saved. */
export class ResourceController<Value> implements ReactiveController {
  error = ''
  private current: Value | null = null
  private said = ''
  private loads = 0

  constructor(
    private readonly host: LitElement,
    private readonly options: Options<Value>,
  ) {
    host.addController(this)
  }

  hostConnected(): void {}

  get value(): Value | null {
    return this.current
  }

  set value(value: Value | null) {
    this.current = value
    this.host.requestUpdate()
  }

  /** What the status line says. */
  get status(): string {
    return this.said
  }

  set status(message: string) {
    this.said = message
    this.host.requestUpdate()
  }

  /** Reads the value again; when loads overlap, the last one asked for wins. */
  async load(): Promise<void> {
    const load = ++this.loads
    try {
      const value = await this.options.read()
      if (load !== this.loads) return
      this.value = value
      this.error = ''
    } catch (error) {
      if (load !== this.loads) return
      this.error = describeFailure(error)
    }
    this.host.requestUpdate()
  }

  /** Says `message` in the status line and moves focus there; emptied first, so the same message after a second save is announced again. */
  async announce(message: string): Promise<void> {
    this.status = ''
    await this.host.updateComplete
    this.status = message
    await focusAfterUpdate(this.host, `#${this.options.statusId}`)
  }

  /** After a save: the value as it is now, then the message. */
  async reload(message: string): Promise<void> {
    await this.load()
    await this.announce(message)
  }

  renderStatus(): TemplateResult {
    return html`<p id=${this.options.statusId ?? nothing} class="live-status" role="status" tabindex="-1">${this.status}</p>`
  }

  renderError(): TemplateResult | typeof nothing {
    return this.error ? html`<p class="notice notice--error" role="alert">${this.error}</p>` : nothing
  }

  /** The value once it is loaded; until then a line that says so, unless loading failed (the error says that). */
  renderValue(render: (value: Value) => unknown): unknown {
    if (this.value !== null) return render(this.value)
    return this.error ? nothing : html`<p>${t().loading}</p>`
  }
}

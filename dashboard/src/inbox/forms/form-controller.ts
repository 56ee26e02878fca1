import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit'
import { ApiError } from '../api/http.js'
import { t } from '../i18n/locale.js'
import { errorFor, fieldErrorsFrom, fieldId, fieldIdCandidates, type FieldErrors } from './field-errors.js'

type Host = ReactiveControllerHost & HTMLElement

/** What a failed request means for the person, in plain words; the server's own text when it has one. */
export function describeFailure(error: unknown): string {
  const m = t()
  if (!(error instanceof ApiError)) return m.errorUnexpected
  if (error.status === 0) return m.errorNetwork
  const detail = error.problem.detail ?? m.errorUnexpected
  if (error.status === 429 && error.retryAfterSeconds) return `${detail} ${m.retryAfter(error.retryAfterSeconds)}`
  return detail
}

/**
 * State of one form: per-field errors, a general problem, busy. `submit` runs the client checks, then the request,
 * and on failure puts the server's reasons at the fields and moves focus to the error summary.
 */
export class FormController implements ReactiveController {
  errors: FieldErrors = {}
  problem = ''
  busy = false

  /** `prefix` makes the field ids unique on the page; a function when it depends on the host's data. */
  constructor(
    private readonly host: Host,
    private readonly idPrefix: string | (() => string),
  ) {
    host.addController(this)
  }

  get prefix(): string {
    return typeof this.idPrefix === 'string' ? this.idPrefix : this.idPrefix()
  }

  hostConnected(): void {}

  id(name: string): string {
    return fieldId(this.prefix, name)
  }

  error(name: string): string | undefined {
    return errorFor(this.errors, name)
  }

  get summaryId(): string {
    return `${this.prefix}-error-summary`
  }

  clear(): void {
    this.errors = {}
    this.problem = ''
    this.host.requestUpdate()
  }

  /** Returns true when the action succeeded. `handle` may take an ApiError itself (return true) before the default handling. */
  async submit(action: () => Promise<unknown>, options: { check?: () => FieldErrors; handle?: (error: ApiError) => boolean } = {}): Promise<boolean> {
    if (this.busy) return false
    const errors = options.check?.() ?? {}
    if (Object.keys(errors).length > 0) {
      this.errors = errors
      this.problem = ''
      await this.showSummary()
      return false
    }
    this.busy = true
    this.host.requestUpdate()
    try {
      await action()
      this.errors = {}
      this.problem = ''
      return true
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') return false
      if (error instanceof ApiError && options.handle?.(error)) return false
      this.errors = error instanceof ApiError ? fieldErrorsFrom(error.problem.invalidParams) : {}
      this.problem = Object.keys(this.errors).length > 0 ? '' : describeFailure(error)
      await this.showSummary()
      return false
    } finally {
      this.busy = false
      this.host.requestUpdate()
    }
  }

  private async showSummary(): Promise<void> {
    this.host.requestUpdate()
    await this.host.updateComplete
    document.getElementById(this.summaryId)?.focus()
  }

  private focusField(event: Event, name: string): void {
    event.preventDefault()
    for (const id of fieldIdCandidates(this.prefix, name)) {
      const element = document.getElementById(id)
      if (!element) continue
      const target = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button')
      ;(target ?? element).focus()
      return
    }
  }

  /** The error summary above the form: the general problem, or a list of links to the fields. */
  renderSummary(): TemplateResult | typeof nothing {
    const entries = Object.entries(this.errors)
    if (!this.problem && entries.length === 0) return nothing
    const m = t()
    return html`<div class="error-summary" id=${this.summaryId} tabindex="-1" aria-labelledby="${this.summaryId}-title">
      <p class="error-summary__title" id="${this.summaryId}-title">${this.problem ? m.errorSummaryProblem : m.errorSummaryFields}</p>
      ${this.problem ? html`<p>${this.problem}</p>` : nothing}
      ${entries.length
        ? html`<ul>
            ${entries.map(([name, reason]) => html`<li><a href="#${this.id(name)}" @click=${(event: Event) => this.focusField(event, name)}>${reason}</a></li>`)}
          </ul>`
        : nothing}
    </div>`
  }
}

import { LitElement, html, nothing } from 'lit'
import { msg, str, updateWhenLocaleChanges } from '@lit/localize'
import type { ConcernCreated, ConcernInput, PartnerInfo, PowSolution } from '@klankbord/contract'
import { KINDS, LIMITS, type ContactMode, type Kind } from '@klankbord/contract/vocabulary'
import { FIELD_STEP, STEP_COUNT, emptyAnswers, fieldOf, type Answers, type Field, type FieldErrors } from './answers.js'
import { ApiError, createApiClient } from './api-client.js'
import { KlankbordErrorEvent, KlankbordSubmitEvent } from './events.js'
import { LANGUAGE_NAMES, chooseLocale, directionOf, getLocale, setLocale, type Locale } from './localization.js'
import { styles } from './klankbord-widget.styles.js'
import type { StepContext } from './steps/context.js'
import { renderIntro } from './steps/intro.js'

type Flow = typeof import('./flow.js')
type FollowUpChunk = typeof import('./follow-up.js')
type FollowUp = InstanceType<FollowUpChunk['FollowUpController']>

const SCRIPT_ORIGIN = new URL(import.meta.url).origin
const REVIEW = STEP_COUNT
const newKey = () => crypto.randomUUID()

/**
 * A resident raises a concern with the municipality's independent confidant, in a few short steps.
 *
 * @fires klankbord-submit - The concern was stored; `detail: { reference }`, nothing personal.
 * @fires klankbord-error - Loading or sending failed; `detail: { status, type }` (status 0: network).
 *
 * @csspart launcher - The button that opens the dialog in `launcher` mode.
 * @csspart dialog - The modal dialog in `launcher` mode.
 * @csspart form - The form of the current step.
 * @csspart step - The content of the current step.
 * @csspart progress - "Stap 2 van 6" inside the step heading.
 * @csspart notice - Highlighted information, such as the objection deadline.
 * @csspart alert - An error that stops sending.
 * @csspart error-summary - The list of errors above a step that could not be sent on.
 * @csspart button - Every button.
 * @csspart primary-button - The Start, Next and Send buttons.
 * @csspart input - Text, e-mail, phone and date fields.
 * @csspart textarea - The field for the resident's own words.
 * @csspart confirmation - The confirmation with reference and follow-up code.
 * @csspart follow-up - The follow-up view: status, messages and the resident's data.
 * @csspart message - One message in the conversation.
 *
 * @cssproperty --klankbord-accent - Buttons, selected options and links; default the NL Design System primary button colour.
 * @cssproperty --klankbord-accent-text - Text on the accent colour, default white.
 * @cssproperty --klankbord-text-color - Text colour.
 * @cssproperty --klankbord-background-color - Background of the widget.
 * @cssproperty --klankbord-border-color - Borders of fields and panels.
 * @cssproperty --klankbord-focus-color - The focus ring.
 * @cssproperty --klankbord-error-color - Error messages and invalid fields.
 * @cssproperty --klankbord-notice-background-color - Background of notices.
 */
export class KlankbordWidget extends LitElement {
  static override styles = styles
  static override properties = {
    partner: {},
    api: {},
    lang: {},
    mode: {},
    step: { state: true },
    info: { state: true },
    loadError: { state: true },
    errors: { state: true },
    sending: { state: true },
    sendError: { state: true },
    created: { state: true },
    copyNote: { state: true },
    announcement: { state: true },
    followUp: { state: true },
  }

  /** **partner**, the partner key the API knows this site by; required. */
  partner = ''
  /** **api**, the origin of the Klankbord API, or a URL relative to the page (`/`); default the origin this script was loaded from. */
  api = ''
  /** **lang**, *nl*, *en*, *pl*, *tr*, *ar* or *uk*; default the browser's first of these, else the page's `<html lang>`, else Dutch. */
  override lang = ''
  /**
   * **mode**, *inline* (default) shows the form in the page; *launcher* shows a button that opens it in a dialog;
   * *follow-up* shows only the view where a resident reads and answers messages with reference and code.
   */
  mode: 'inline' | 'launcher' | 'follow-up' = 'inline'

  step = 0
  info: PartnerInfo | undefined
  loadError: ApiError | undefined
  errors: FieldErrors = new Map()
  sending = false
  sendError: ApiError | undefined
  created: { concern: ConcernCreated; mode: ContactMode } | undefined
  copyNote = ''
  announcement = ''
  answers: Answers = emptyAnswers()
  /** The follow-up view while the resident is in it; its code lives in there and nowhere else. */
  followUp: FollowUp | undefined

  private returnToReview = false
  private focusTarget: string | undefined
  private idempotencyKey: string | undefined
  private pending: ConcernInput | undefined
  private pow: Promise<PowSolution> | undefined
  private flow: Promise<Flow> | undefined
  private followUpChunk: Promise<FollowUpChunk> | undefined
  private steps: Flow | undefined

  constructor() {
    super()
    updateWhenLocaleChanges(this)
  }

  get locale(): Locale {
    return getLocale() as Locale
  }

  get apiBase(): string {
    return new URL(this.api || SCRIPT_ORIGIN, document.baseURI).href
  }

  private get client() {
    return createApiClient(this.apiBase)
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('lang')) {
      const wanted = chooseLocale(this.lang, navigator.languages ?? [navigator.language], document.documentElement.lang)
      if (wanted !== getLocale()) void setLocale(wanted)
    }
    if (changed.has('mode') && this.mode === 'follow-up') this.openFollowUp(undefined, false)
    if (this.mode !== 'follow-up' && (changed.has('partner') || changed.has('api') || changed.has('mode'))) void this.loadPartner()
  }

  protected override updated() {
    if (!this.focusTarget) return
    this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus()
    this.focusTarget = undefined
  }

  private async loadPartner() {
    this.loadError = undefined
    try {
      if (!this.partner) throw new ApiError(404, { type: 'missing-partner' })
      this.info = await this.client.partner(this.partner)
    } catch (error) {
      this.loadError = error instanceof ApiError ? error : new ApiError(0)
      this.dispatchEvent(new KlankbordErrorEvent(this.loadError.status, this.loadError.kind))
    }
  }

  private loadFlow(): Promise<Flow> {
    const task = (this.flow ??= import('./flow.js').then((flow) => {
      flow.adoptStepStyles(this)
      return (this.steps = flow)
    }))
    task.catch(() => this.flow === task && (this.flow = undefined))
    return task
  }

  /** Switches to the follow-up view, loaded as its own chunk; `prefill` comes from the confirmation just shown. */
  openFollowUp(prefill?: { reference: string; code: string }, focus = true) {
    this.loadError = undefined
    ;(this.followUpChunk ??= import('./follow-up.js')).then(
      ({ FollowUpController }) => (this.followUp ??= new FollowUpController(this, prefill, focus)),
      () => {
        this.followUpChunk = undefined
        this.loadError = new ApiError(0)
      },
    )
  }

  closeFollowUp() {
    this.followUp = undefined
    this.focusTarget = '.title'
  }

  private ensurePow(): Promise<PowSolution> {
    let task = this.pow
    if (!task) {
      const client = this.client
      task = this.pow = Promise.all([client.challenge(), this.loadFlow()]).then(async ([challenge, flow]) => ({
        challenge,
        solution: await flow.solveChallenge(challenge),
      }))
      task.catch(() => this.pow === task && (this.pow = undefined))
    }
    return task.then((pow) => {
      const expiresAt = pow.challenge.parameters.expiresAt
      if (!expiresAt || expiresAt * 1000 > Date.now() + 10_000) return pow
      if (this.pow === task) this.pow = undefined
      return this.ensurePow()
    })
  }

  private show(step: number) {
    this.step = step
    this.errors = new Map()
    this.sendError = undefined
    this.focusTarget = '.title'
    if (step === 1) this.ensurePow().catch(() => {})
    if (step === REVIEW) this.returnToReview = false
  }

  change(step: number) {
    this.returnToReview = true
    this.show(step)
  }

  private onInput(event: Event) {
    const input = event.target as HTMLInputElement
    const name = input.name as keyof Answers
    if (!(name in this.answers)) return
    const answers = this.answers as unknown as Record<string, unknown>
    if (name === 'kinds') this.answers.kinds = KINDS.filter((k: Kind) => (k === input.value ? input.checked : this.answers.kinds.includes(k)))
    else answers[name] = input.type === 'checkbox' ? input.checked : input.value
    if (name === 'description') {
      const left = LIMITS.descriptionMax - input.value.length
      if (left <= 100 && left % 25 === 0) this.announcement = msg(str`Nog ${left} tekens over.`)
    }
    this.errors.delete(name as Field)
    this.idempotencyKey = this.pending = undefined
    this.requestUpdate()
  }

  private onSubmit(event: Event) {
    event.preventDefault()
    if (this.step === REVIEW) return void this.send()
    if (!this.steps)
      return void this.loadFlow().then(
        () => this.show(1),
        () => (this.loadError = new ApiError(0)),
      )
    const errors = this.steps.validateStep(this.step, this.answers)
    this.errors = errors
    if (errors.size) this.focusTarget = '.summary'
    else this.show(this.returnToReview ? REVIEW : this.step + 1)
  }

  private focusField(event: Event, field: Field) {
    event.preventDefault()
    this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  }

  private async send(retried = false): Promise<void> {
    if (this.sending) return
    this.sending = true
    this.sendError = undefined
    this.announcement = msg('Uw melding wordt verstuurd.')
    try {
      const key = (this.idempotencyKey ??= newKey())
      this.pending ??= { ...this.steps!.toConcernInput(this.answers, this.partner, this.locale, this.mode === 'launcher' ? 'launcher' : 'inline'), pow: await this.ensurePow() }
      const concern = await this.steps!.sendConcern(this.apiBase, this.pending, this.pending.locale, key)
      this.created = { concern, mode: this.pending.contact.mode }
      this.answers = emptyAnswers()
      this.idempotencyKey = this.pending = this.pow = undefined
      this.announcement = ''
      this.show(REVIEW + 1)
      this.dispatchEvent(new KlankbordSubmitEvent(concern.reference))
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0)
      this.announcement = ''
      if (error.kind === 'pow-failed' && !retried) {
        // The server leaves the proof of work out of the idempotency hash: keep the key, solve a fresh challenge.
        this.pending = this.pow = undefined
        this.sending = false
        return await this.send(true)
      }
      this.dispatchEvent(new KlankbordErrorEvent(error.status, error.kind))
      const serverErrors: FieldErrors = new Map()
      for (const param of error.problem.invalidParams ?? []) {
        const field = fieldOf(param.name)
        if (field && !serverErrors.has(field)) serverErrors.set(field, param.reason)
      }
      const [first] = serverErrors.keys()
      if (first) {
        this.returnToReview = true
        this.step = FIELD_STEP[first]
        this.errors = new Map([...serverErrors].filter(([field]) => FIELD_STEP[field] === this.step))
        this.focusTarget = '.summary'
      } else {
        this.sendError = error
        this.focusTarget = '#send-error'
      }
    } finally {
      this.sending = false
    }
  }

  async copyCode() {
    const code = this.created?.concern.followUpCode ?? ''
    try {
      await navigator.clipboard.writeText(code)
      this.copyNote = msg('De code is gekopieerd.')
    } catch {
      this.copyNote = msg('Kopiëren lukt niet. Schrijf de code over.')
    }
    this.announcement = this.copyNote
  }

  private openDialog() {
    this.loadFlow().catch(() => {})
    this.renderRoot.querySelector('dialog')?.showModal()
    this.focusTarget = '.title'
    this.requestUpdate()
  }

  private warmUp() {
    if (this.info) this.loadFlow().catch(() => {})
  }

  private onDialogClose() {
    this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus()
  }

  private renderErrorSummary() {
    if (!this.errors.size) return nothing
    return html`<div class="summary" part="error-summary" role="group" aria-labelledby="summary-title" tabindex="-1">
      <h3 id="summary-title">${msg('Verbeter dit eerst')}</h3>
      <ul>
        ${[...this.errors].map(
          ([field, message]) => html`<li><a href="#${field}" @click=${(e: Event) => this.focusField(e, field)}>${message}</a></li>`,
        )}
      </ul>
    </div>`
  }

  private renderNavigation() {
    const step = this.step
    if (step > REVIEW) return nothing
    const primary =
      step === 0 ? msg('Start') : step === REVIEW ? msg('Versturen') : this.returnToReview ? msg('Terug naar controleren') : msg('Volgende')
    return html`<div class="actions">
      ${step > 0
        ? html`<button type="button" part="button" class="secondary" @click=${() => this.show(step - 1)}>${msg('Vorige')}</button>`
        : nothing}
      <button part="button primary-button" class="primary" aria-disabled=${this.sending ? 'true' : nothing}>
        ${this.sending ? msg('Bezig met versturen…') : this.sendError && step === REVIEW ? msg('Opnieuw versturen') : primary}
      </button>
    </div>`
  }

  private renderPanel() {
    if (this.loadError)
      return html`<div class="alert" part="alert">
        <p>${this.loadError.status === 404 ? msg('Dit formulier is niet goed ingesteld.') : msg('Het formulier kon niet laden.')}</p>
        <button type="button" part="button" class="secondary" @click=${() => (this.mode === 'follow-up' ? this.openFollowUp() : this.loadPartner())}>
          ${msg('Probeer opnieuw')}
        </button>
      </div>`
    if (this.followUp) return this.followUp.render()
    if (!this.info || this.mode === 'follow-up') return html`<p>${msg('Even geduld, het formulier wordt geladen.')}</p>`
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
        ${this.renderErrorSummary()}
        <div part="step">${this.step ? this.steps!.STEPS[this.step - 1]!(this as StepContext) : renderIntro(this as StepContext)}</div>
        ${this.renderNavigation()}
      </form>
      ${this.step
        ? nothing
        : html`<p class="follow-up-link">
            ${msg('Al een melding gedaan?')}
            <button type="button" part="button" class="secondary" @click=${() => this.openFollowUp()}>${msg('Bekijk uw melding')}</button>
          </p>`}`
  }

  /** The language switch: each language named in itself; the choice holds for every widget on the page. */
  private renderLanguages() {
    return html`<p class="languages">
      <label for="language">${msg('Taal')}</label>
      <select id="language" part="input" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
        ${Object.entries(LANGUAGE_NAMES).map(
          ([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === this.locale}>${name}</option>`,
        )}
      </select>
    </p>`
  }

  override render() {
    const content = html`${this.renderLanguages()}<p role="status" class="visually-hidden">${this.announcement}</p>
      ${this.renderPanel()}`
    return html`<div class="root" lang=${this.locale} dir=${directionOf(this.locale)} @pointerenter=${this.warmUp} @focusin=${this.warmUp}>
      ${this.mode === 'launcher'
        ? html`<button type="button" part="button launcher" class="primary launcher" aria-haspopup="dialog" @click=${this.openDialog}>
              ${msg('Niet tevreden? Praat met de vertrouwenspersoon')}
            </button>
            <dialog part="dialog" aria-label=${msg('Melding voor de vertrouwenspersoon')} @close=${this.onDialogClose}>
              <div class="dialog-bar">
                <button type="button" part="button" class="secondary" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>
                  ${msg('Sluiten')}
                </button>
              </div>
              ${content}
            </dialog>`
        : content}
    </div>`
  }
}

import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { focusAfterUpdate } from '../common/focus.js'
import { checkbox, submitButton } from '../forms/fields.js'
import { describeFailure, FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/** Where the public dashboard lives; the same server serves it. */
const DASHBOARD_URL = '/dashboard/'

/** The administrator's switch that opens the dashboard, the statistics tables and the annual report to everyone. */
export class KbPublicationView extends KbElement {
  static override properties = { statisticsPublic: { state: true }, loadError: { state: true }, statusMessage: { state: true } }

  /** As the server has it; null until loaded. */
  statisticsPublic: boolean | null = null
  loadError = ''
  statusMessage = ''
  private readonly form = new FormController(this, 'publication')

  override connectedCallback(): void {
    super.connectedCallback()
    void this.load()
  }

  private async load(): Promise<void> {
    try {
      this.statisticsPublic = (await api.getPublication()).statisticsPublic
      this.loadError = ''
    } catch (error) {
      this.loadError = describeFailure(error)
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const wanted = new FormValues(submittedForm(event)).checked('statisticsPublic')
    const ok = await this.form.submit(async () => {
      this.statisticsPublic = (await api.updatePublication({ statisticsPublic: wanted })).statisticsPublic
    })
    if (!ok) return
    const m = t()
    // Emptied first, so the same message after a second save is announced again.
    this.statusMessage = ''
    await this.updateComplete
    this.statusMessage = this.statisticsPublic ? m.publicationSavedPublic : m.publicationSavedPrivate
    await focusAfterUpdate(this, '#publication-status')
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.publicationTitle}</h1>
      <p id="publication-status" class="live-status" role="status" tabindex="-1">${this.statusMessage}</p>
      <div class="narrow">
        <p>${m.publicationIntro}</p>
        <p>${m.publicationWhenOn}</p>
        <p>${m.publicationWhenOff}</p>
      </div>
      ${this.loadError ? html`<p class="notice notice--error" role="alert">${this.loadError}</p>` : nothing}
      ${this.statisticsPublic === null ? (this.loadError ? nothing : html`<p>${m.loading}</p>`) : this.renderSwitch(this.statisticsPublic)}
      <p><a href=${DASHBOARD_URL}>${m.publicationDashboardLink}</a></p>`
  }

  private renderSwitch(statisticsPublic: boolean) {
    const m = t()
    return html`<dl class="details">
        <div><dt>${m.publicationNow}</dt><dd><strong>${statisticsPublic ? m.publicationIsPublic : m.publicationIsPrivate}</strong></dd></div>
      </dl>
      ${this.form.renderSummary()}
      <form class="form" novalidate @submit=${this.onSubmit}>
        ${checkbox({ form: this.form, name: 'statisticsPublic', label: m.publicationSwitch, hint: m.publicationSwitchHint, checked: statisticsPublic })}
        ${submitButton(this.form, m.save)}
      </form>`
  }
}

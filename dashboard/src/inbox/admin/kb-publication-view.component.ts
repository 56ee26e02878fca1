import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { ResourceController } from '../common/resource.controller.js'
import { checkbox, submitButton } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { FormValues, submittedForm } from '../forms/form-values.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/** Where the public dashboard lives; the same server serves it. */
const DASHBOARD_URL = '/dashboard/'

/** The administrator's switch that opens the dashboard, the statistics tables and the annual report to everyone. */
export class KbPublicationView extends KbElement {
  private readonly form = new FormController(this, 'publication')
  /** Whether the statistics are public, as the server has it. */
  private readonly statisticsPublic = new ResourceController(this, { read: async () => (await api.getPublication()).statisticsPublic, statusId: 'publication-status' })

  override connectedCallback(): void {
    super.connectedCallback()
    void this.statisticsPublic.load()
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const wanted = new FormValues(submittedForm(event)).checked('statisticsPublic')
    const ok = await this.form.submit(async () => {
      this.statisticsPublic.value = (await api.updatePublication({ statisticsPublic: wanted })).statisticsPublic
    })
    if (ok) await this.statisticsPublic.announce(this.statisticsPublic.value ? t().publicationSavedPublic : t().publicationSavedPrivate)
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.publicationTitle}</h1>
      ${this.statisticsPublic.renderStatus()}
      <div class="narrow">
        <p>${m.publicationIntro}</p>
        <p>${m.publicationWhenOn}</p>
        <p>${m.publicationWhenOff}</p>
      </div>
      ${this.statisticsPublic.renderError()} ${this.statisticsPublic.renderValue((statisticsPublic) => this.renderSwitch(statisticsPublic))}
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

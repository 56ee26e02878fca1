import type { Health, JobName, JobRun } from '@klankbord/contract'
import { html } from 'lit'
import { api } from '../api/inbox-api.js'
import { ResourceController } from '../common/resource.controller.js'
import { submitButton } from '../forms/fields.js'
import { FormController } from '../forms/form-controller.js'
import { formatDateTime } from '../format/dates.js'
import { locale, t } from '../i18n/locale.js'
import type { Messages } from '../i18n/messages-nl.js'
import { KbElement } from '../kb-element.js'

/** The nightly jobs in the order they run, with their names in the inbox's language. */
const JOBS: readonly { job: JobName; label: (m: Messages) => string }[] = [
  { job: 'retention', label: (m) => m.jobRetention },
  { job: 'statistics', label: (m) => m.jobStatistics },
]

const RESULT: Record<JobRun['result'], (m: Messages) => string> = {
  running: (m) => m.jobRunning,
  succeeded: (m) => m.jobSucceeded,
  failed: (m) => m.jobFailed,
}

/** The administrator sees how each nightly job last ran (from the health report) and can run one now. */
export class KbJobsView extends KbElement {
  private readonly form = new FormController(this, 'jobs')
  private readonly health = new ResourceController<Health>(this, { read: () => api.getHealth(), statusId: 'jobs-status' })

  override connectedCallback(): void {
    super.connectedCallback()
    void this.health.load()
  }

  private async run(event: SubmitEvent, job: JobName, label: string): Promise<void> {
    event.preventDefault()
    let run: JobRun | undefined
    const ok = await this.form.submit(async () => {
      run = await api.runJob(job)
    })
    if (ok && run) await this.health.reload(run.result === 'succeeded' ? t().jobDone(label) : t().jobFailedNow(label))
  }

  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.jobsTitle}</h1>
      ${this.health.renderStatus()}
      <div class="narrow">
        <p>${m.jobsIntro}</p>
        <p>${m.jobsOnce}</p>
      </div>
      ${this.form.renderSummary()} ${this.health.renderError()} ${this.health.renderValue((health) => this.renderJobs(health))}`
  }

  private renderJobs(health: Health) {
    const m = t()
    return html`${JOBS.map(({ job, label }) => {
        const name = label(m)
        const last = health.jobs.find((run) => run.job === job)
        return html`<section aria-labelledby=${`job-${job}`}>
          <h2 id=${`job-${job}`}>${name}</h2>
          <dl class="details">
            <div><dt>${m.jobLastRun}</dt><dd>${last ? html`<time datetime=${last.startedAt}>${formatDateTime(last.startedAt, locale())}</time>` : m.jobNeverRan}</dd></div>
            ${last ? html`<div><dt>${m.jobResult}</dt><dd>${RESULT[last.result](m)}</dd></div>` : ''}
          </dl>
          <form class="form" novalidate @submit=${(event: SubmitEvent) => this.run(event, job, name)}>${submitButton(this.form, m.jobRunNow(name), 'secondary')}</form>
        </section>`
      })}
      <dl class="details">
        <div><dt>${m.publicationVersion}</dt><dd>${health.publication ? html`${health.publication.version} (<time datetime=${health.publication.publishedAt}>${formatDateTime(health.publication.publishedAt, locale())}</time>)` : m.publicationNone}</dd></div>
      </dl>`
  }
}

import type { SessionInfo } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { api } from '../api/inbox-api.js'
import { ShowLoginEvent } from '../events.js'
import { FormController } from '../forms/form-controller.js'
import { submitButton } from '../forms/fields.js'
import { locale, t } from '../i18n/locale.js'
import { formatDateTime } from '../format/dates.js'
import { KbElement } from '../kb-element.js'

/**
 * Who is logged in, until when, and the two ways to log out.
 *
 * @fires kb-show-login - After logging out.
 */
export class KbAccountView extends KbElement {
  static override properties = { session: { attribute: false } }

  /** **session**, the current session. */
  session: SessionInfo | null = null
  private readonly logoutForm = new FormController(this, 'logout')
  private readonly everywhereForm = new FormController(this, 'logout-everywhere')

  private async logout(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    await this.logoutForm.submit(async () => {
      await api.logout()
      this.dispatchEvent(new ShowLoginEvent(t().loggedOut))
    })
  }

  private async logoutEverywhere(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    await this.everywhereForm.submit(async () => {
      await api.logoutEverywhere()
      this.dispatchEvent(new ShowLoginEvent(t().loggedOutEverywhere))
    })
  }

  protected override render() {
    const m = t()
    const session = this.session
    return html`<h1 tabindex="-1">${m.accountTitle}</h1>
      ${session
        ? html`<dl class="details">
            <div><dt>${m.name}</dt><dd>${session.user.name}</dd></div>
            <div><dt>${m.email}</dt><dd>${session.user.email}</dd></div>
            <div><dt>${m.role}</dt><dd>${m.roleLabels[session.user.role]}</dd></div>
            <div><dt>${m.accountSessionEnds}</dt><dd>${m.accountSessionEndsText(formatDateTime(session.absoluteExpiresAt, locale()))}</dd></div>
          </dl>`
        : nothing}
      <section aria-labelledby="logout-title">
        <h2 id="logout-title">${m.logout}</h2>
        ${this.logoutForm.renderSummary()}
        <form novalidate @submit=${this.logout}>${submitButton(this.logoutForm, m.logout, 'secondary')}</form>
      </section>
      <section aria-labelledby="logout-everywhere-title">
        <h2 id="logout-everywhere-title">${m.logoutEverywhere}</h2>
        <p>${m.logoutEverywhereText}</p>
        ${this.everywhereForm.renderSummary()}
        <form novalidate @submit=${this.logoutEverywhere}>${submitButton(this.everywhereForm, m.logoutEverywhere, 'secondary')}</form>
      </section>`
  }
}

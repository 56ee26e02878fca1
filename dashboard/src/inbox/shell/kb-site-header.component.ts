import type { SessionInfo } from '@klankbord/contract'
import type { Role } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { ApiError } from '../api/http.js'
import { api } from '../api/inbox-api.js'
import { ShowLoginEvent } from '../events.js'
import { describeFailure } from '../forms/form-controller.js'
import { locale, setLocale, t } from '../i18n/locale.js'
import type { Messages } from '../i18n/messages-nl.js'
import { KbElement } from '../kb-element.js'
import { routeHash, type Route, type View } from '../routing/routes.js'

type NavItem = { route: Route; label: (m: Messages) => string }

const NAVIGATION: Record<Role, NavItem[]> = {
  confidant: [
    { route: { view: 'concerns', filters: {} }, label: (m) => m.navConcerns },
    { route: { view: 'intake' }, label: (m) => m.navIntake },
    { route: { view: 'signals', draft: {} }, label: (m) => m.navSignals },
    { route: { view: 'recommendations' }, label: (m) => m.navRecommendations },
    { route: { view: 'account' }, label: (m) => m.navAccount },
  ],
  administrator: [
    { route: { view: 'users' }, label: (m) => m.navUsers },
    { route: { view: 'municipalities' }, label: (m) => m.navMunicipalities },
    { route: { view: 'partners' }, label: (m) => m.navPartners },
    { route: { view: 'publication' }, label: (m) => m.navPublication },
    { route: { view: 'jobs' }, label: (m) => m.navJobs },
    { route: { view: 'audit', filters: {} }, label: (m) => m.navAudit },
    { route: { view: 'account' }, label: (m) => m.navAccount },
  ],
  council: [
    { route: { view: 'dashboard' }, label: (m) => m.navDashboard },
    { route: { view: 'account' }, label: (m) => m.navAccount },
  ],
}

/** The case view belongs to the concerns list in the navigation. */
const navView = (view: View): View => (view === 'case' ? 'concerns' : view === 'partner-kit' ? 'partners' : view)

/**
 * Name of the service, the language switch and, when logged in, the user, a log-out button and the menu for their role.
 *
 * @fires kb-show-login - After logging out.
 */
export class KbSiteHeader extends KbElement {
  static override properties = { session: { attribute: false }, current: { attribute: false }, logoutError: { state: true } }

  /** **session**, the current session, or null before login. */
  session: SessionInfo | null = null
  /** **current**, the view on screen, marked in the menu. */
  current: View = 'home'
  logoutError = ''

  private switchLanguage(): void {
    setLocale(locale() === 'nl' ? 'en' : 'nl')
  }

  private async logout(): Promise<void> {
    this.logoutError = ''
    try {
      await api.logout()
      this.dispatchEvent(new ShowLoginEvent(t().loggedOut))
    } catch (error) {
      // An expired session already sends the app to the login view; anything else must not look like a logout.
      if (!(error instanceof ApiError && error.kind === 'unauthorized')) this.logoutError = describeFailure(error)
    }
  }

  protected override render() {
    const m = t()
    const other = locale() === 'nl' ? 'en' : 'nl'
    return html`<header class="site-header">
      <div class="site-header__bar">
        <p class="site-header__brand"><span class="site-header__name">Klankbord</span> <span class="site-header__product">${m.productName}</span></p>
        <div class="site-header__tools">
          ${this.session
            ? html`<p class="site-header__user"><span class="visually-hidden">${m.loggedInAs} </span>${this.session.user.name}</p>
                <button class="button button--secondary button--small" type="button" @click=${this.logout}>${m.logout}</button>`
            : nothing}
          <button class="button button--secondary button--small" type="button" lang=${other} @click=${this.switchLanguage}>${m.otherLanguage}</button>
        </div>
      </div>
      ${this.logoutError ? html`<p class="notice notice--error" role="alert">${this.logoutError}</p>` : nothing}
      ${this.session ? this.renderNavigation(this.session.user.role, m) : nothing}
    </header>`
  }

  private renderNavigation(role: Role, m: Messages) {
    const current = navView(this.current)
    return html`<nav class="site-nav" aria-label=${m.navLabel}>
      <ul>
        ${NAVIGATION[role].map(
          (item) => html`<li>
            <a href=${routeHash(item.route)} aria-current=${item.route.view === current ? 'page' : 'false'}>${item.label(m)}</a>
          </li>`,
        )}
      </ul>
    </nav>`
  }
}

import type { SessionInfo } from '@klankbord/contract'
import { SESSION_IDLE_MINUTES } from '@klankbord/contract/vocabulary'
import { html, type LitElement, type PropertyValues } from 'lit'
import { setCsrfToken, SESSION_ENDED_EVENT } from '../api/http.js'
import { api } from '../api/inbox-api.js'
import { activeWithin, trackActivity } from '../common/user-activity.js'
import { ShowLoginEvent, SignedInEvent } from '../events.js'
import { locale, LOCALE_CHANGE_EVENT, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { homeRoute, isPublicView, mayOpen, parseRoute, routeHash, samePage, type Route } from '../routing/routes.js'

const IDLE_MS = SESSION_IDLE_MINUTES * 60_000
const IDLE_CHECK_MS = 30_000

/**
 * The inbox app: checks the session, routes by the URL hash, keeps each role to its own views, and moves focus to
 * the heading when the page changes.
 */
export class KbApp extends KbElement {
  static override properties = { route: { state: true }, session: { state: true }, checking: { state: true }, loginMessage: { state: true } }

  route: Route = parseRoute(location.hash)
  session: SessionInfo | null = null
  checking = true
  loginMessage = ''
  /** Where to go after logging in: the page someone opened, or was on when the session ended. */
  private returnTo = ''
  private shownRoute: Route | null = null
  private idleTimer: number | undefined

  private readonly onHashChange = () => {
    this.route = parseRoute(location.hash)
    this.guard()
  }

  private readonly onLocaleChange = () => void this.announcePage(true)

  private readonly onSessionEnded = () => {
    if (this.session) this.loginMessage = t().sessionEnded
    this.forgetSession()
    this.guard()
  }

  override connectedCallback(): void {
    super.connectedCallback()
    document.documentElement.lang = locale()
    window.addEventListener('hashchange', this.onHashChange)
    window.addEventListener(SESSION_ENDED_EVENT, this.onSessionEnded)
    window.addEventListener(LOCALE_CHANGE_EVENT, this.onLocaleChange)
    trackActivity()
    this.idleTimer = window.setInterval(() => void this.endIdleSession(), IDLE_CHECK_MS)
    this.addEventListener(SignedInEvent.type, (event) => this.signIn(event.session))
    this.addEventListener(ShowLoginEvent.type, (event) => {
      this.forgetSession()
      this.returnTo = ''
      this.loginMessage = event.message
      this.go({ view: 'login' }, { replace: true })
    })
    void this.loadSession()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('hashchange', this.onHashChange)
    window.removeEventListener(SESSION_ENDED_EVENT, this.onSessionEnded)
    window.removeEventListener(LOCALE_CHANGE_EVENT, this.onLocaleChange)
    window.clearInterval(this.idleTimer)
  }

  /**
   * Nobody has used the screen for the idle time: the server has ended the session, or would have without the
   * inbox's background reloads. Ending it here as well keeps a case with personal data from staying on an
   * unattended screen, where no poll runs to notice.
   */
  private async endIdleSession(): Promise<void> {
    if (!this.session || activeWithin(IDLE_MS)) return
    try {
      await api.logout()
    } catch {
      // A 401 has already shown the login view; on a network error the screen is cleared all the same.
    }
    if (this.session) this.onSessionEnded()
  }

  private async loadSession(): Promise<void> {
    // A setup link works without a session, and asking for one would only send the new user to the login view.
    if (this.route.view !== 'setup') {
      try {
        this.adopt(await api.session())
      } catch {
        this.forgetSession()
      }
    }
    this.checking = false
    this.guard()
  }

  private adopt(session: SessionInfo): void {
    this.session = session
    setCsrfToken(session.csrfToken)
  }

  private forgetSession(): void {
    this.session = null
    setCsrfToken('')
  }

  private signIn(session: SessionInfo): void {
    this.adopt(session)
    this.loginMessage = ''
    const target = this.returnTo ? parseRoute(this.returnTo) : homeRoute(session.user.role)
    this.returnTo = ''
    this.go(mayOpen(session.user.role, target.view) && target.view !== 'login' ? target : homeRoute(session.user.role), { replace: true })
  }

  /** Sends someone without a session to the login view, and a logged-in user from `#/` or the login view to their home. */
  private guard(): void {
    if (this.checking) return
    const { view } = this.route
    if (!this.session) {
      if (isPublicView(view)) return
      this.returnTo = location.hash
      this.go({ view: 'login' }, { replace: true })
      return
    }
    if (view === 'home' || view === 'login') this.go(homeRoute(this.session.user.role), { replace: true })
  }

  private go(route: Route, options: { replace?: boolean } = {}): void {
    const hash = routeHash(route)
    if (options.replace) history.replaceState(null, '', hash)
    else history.pushState(null, '', hash)
    this.route = route
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('route') && !changed.has('checking')) return
    if (this.checking) return
    const previous = this.shownRoute
    this.shownRoute = this.route
    if (previous && samePage(previous, this.route)) return
    void this.announcePage(previous === null)
  }

  /** After a page change: the document title follows the h1, and focus moves to it (not on the first page load, nor on a language switch). */
  private async announcePage(keepFocus: boolean): Promise<void> {
    const view = this.querySelector('main > *') as LitElement | null
    await view?.updateComplete
    const heading = this.querySelector<HTMLElement>('main h1')
    document.title = heading ? `${heading.textContent?.trim()} – Klankbord` : 'Klankbord'
    if (!keepFocus) heading?.focus()
  }

  private skipToMain(event: Event): void {
    // The hash is the router's, so the skip link moves focus itself instead of following #main.
    event.preventDefault()
    this.querySelector<HTMLElement>('main')?.focus()
  }

  protected override render() {
    const m = t()
    return html`<a class="skip-link" href="#main" @click=${this.skipToMain}>${m.skipToContent}</a>
      <kb-site-header .session=${this.session} .current=${this.route.view}></kb-site-header>
      <main id="main" tabindex="-1" class="page">${this.renderView()}</main>`
  }

  private renderView() {
    const m = t()
    const route = this.route
    if (this.checking) return html`<p role="status">${m.loading}</p>`
    if (route.view === 'login') return html`<kb-login-view .message=${this.loginMessage}></kb-login-view>`
    if (route.view === 'setup') return html`<kb-setup-view .token=${route.token}></kb-setup-view>`
    if (route.view === 'not-found') return html`<kb-message-view .heading=${m.notFoundTitle} .text=${m.notFoundText}></kb-message-view>`
    const session = this.session
    if (!session || route.view === 'home') return html`<p role="status">${m.loading}</p>`
    if (!mayOpen(session.user.role, route.view)) return html`<kb-message-view .heading=${m.forbiddenTitle} .text=${m.forbiddenText}></kb-message-view>`
    switch (route.view) {
      case 'concerns':
        return html`<kb-inbox-view .filters=${route.filters} .session=${session}></kb-inbox-view>`
      case 'case':
        return html`<kb-case-view .caseId=${route.id} .session=${session}></kb-case-view>`
      case 'intake':
        return html`<kb-intake-view .session=${session}></kb-intake-view>`
      case 'signals':
        return html`<kb-signals-view .draft=${route.draft} .session=${session}></kb-signals-view>`
      case 'recommendations':
        return html`<kb-recommendations-view .session=${session}></kb-recommendations-view>`
      case 'municipalities':
        return html`<kb-municipalities-view></kb-municipalities-view>`
      case 'partners':
        return html`<kb-partners-view></kb-partners-view>`
      case 'partner-kit':
        return html`<kb-partner-kit-view .partnerId=${route.id}></kb-partner-kit-view>`
      case 'users':
        return html`<kb-users-view></kb-users-view>`
      case 'publication':
        return html`<kb-publication-view></kb-publication-view>`
      case 'jobs':
        return html`<kb-jobs-view></kb-jobs-view>`
      case 'audit':
        return html`<kb-audit-view .filters=${route.filters}></kb-audit-view>`
      case 'account':
        return html`<kb-account-view .session=${session}></kb-account-view>`
      case 'dashboard':
        return html`<kb-council-view></kb-council-view>`
    }
  }
}

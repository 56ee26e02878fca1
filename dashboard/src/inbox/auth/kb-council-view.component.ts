import { html } from 'lit'
import { locale, t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/** Council members and policy staff see figures in the dashboard app at /dashboard/ (same session cookie); they never see cases. */
export class KbCouncilView extends KbElement {
  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.councilTitle}</h1>
      <p>${m.councilText}</p>
      <p><a class="button button--primary" href=${locale() === 'nl' ? '/dashboard/' : `/dashboard/?taal=${locale()}`}>${m.councilOpenDashboard}</a></p>
      <p>${m.councilPrivacy}</p>`
  }
}

import { html } from 'lit'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/** Council members and policy staff see figures in the dashboard, which is not built yet; they never see cases. */
export class KbCouncilView extends KbElement {
  protected override render() {
    const m = t()
    return html`<h1 tabindex="-1">${m.councilTitle}</h1>
      <p>${m.councilText}</p>
      <p>${m.councilPrivacy}</p>`
  }
}

import { html, nothing } from 'lit'
import type { SetupLink } from '@klankbord/contract'
import { CancelEvent } from '../events.js'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/**
 * The one-time setup link of a new or reset account, shown once to be copied and passed on.
 *
 * @fires kb-cancel - The administrator closed the panel.
 */
export class KbSetupLinkPanel extends KbElement {
  static override properties = { link: { attribute: false } }

  /** **link**, the account and its setup URL. */
  link: SetupLink | null = null

  protected override render() {
    const link = this.link
    if (!link) return nothing
    const m = t()
    return html`<section class="panel panel--important" aria-labelledby="setup-link-title">
      <h2 id="setup-link-title" tabindex="-1">${m.setupLinkTitle(link.user.name)}</h2>
      <p>${m.setupLinkText(link.user.email)}</p>
      <p class="setup-url"><code>${link.setupUrl}</code></p>
      <div class="actions">
        <kb-copy-button .text=${link.setupUrl} .label=${m.copyLink}></kb-copy-button>
        <button class="button button--secondary" type="button" @click=${() => this.dispatchEvent(new CancelEvent())}>${m.setupLinkDone}</button>
      </div>
    </section>`
  }
}

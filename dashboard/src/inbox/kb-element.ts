import { LitElement } from 'lit'
import { LocaleController } from './i18n/locale-controller.js'

/**
 * Base of every inbox component. It renders into the light DOM, so the one stylesheet (inbox.css, allowed by the
 * page's CSP) styles everything and labels, forms and the accessibility tree are plain document markup.
 */
export class KbElement extends LitElement {
  constructor() {
    super()
    new LocaleController(this)
  }

  protected override createRenderRoot(): HTMLElement {
    return this
  }
}

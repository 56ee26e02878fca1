import { html } from 'lit'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'

/** A button that copies `text` to the clipboard and says whether that worked. */
export class KbCopyButton extends KbElement {
  static override properties = { text: {}, label: {}, result: { state: true } }

  /** **text**, what is copied. */
  text = ''
  /** **label**, the button's text; default "Kopiëren". */
  label = ''
  result = ''

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text)
      this.result = t().copied
    } catch {
      // The clipboard needs a secure context and permission; selecting the text by hand always works.
      this.result = t().copyFailed
    }
  }

  protected override render() {
    return html`<button class="button button--secondary" type="button" @click=${this.copy}>${this.label || t().copy}</button>
      <span class="copy-result" role="status">${this.result}</span>`
  }
}

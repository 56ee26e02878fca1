import { html } from 'lit'
import { renderSVG } from 'uqr'
import { KbElement } from '../kb-element.js'

/** A QR code as an image (a data: URL, which the page's CSP allows), with a text alternative. */
export class KbQrCode extends KbElement {
  static override properties = { value: {}, alt: {} }

  /** **value**, the text to encode, such as an otpauth:// URI. */
  value = ''
  /** **alt**, what the image is for and where its content is in text. */
  alt = ''

  protected override render() {
    const svg = renderSVG(this.value, { ecc: 'M', border: 2 })
    return html`<img class="qr-code" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}" alt=${this.alt} width="208" height="208" />`
  }
}

import { html } from 'lit'
import { KbElement } from '../kb-element.js'

/** A page with only a heading and a sentence: not found, no access. */
export class KbMessageView extends KbElement {
  static override properties = { heading: {}, text: {} }

  /** **heading**, the page's h1. */
  heading = ''
  /** **text**, what to do now. */
  text = ''

  protected override render() {
    return html`<h1 tabindex="-1">${this.heading}</h1>
      <p>${this.text}</p>`
  }
}

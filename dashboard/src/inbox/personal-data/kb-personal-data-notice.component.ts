import type { PersonalDataHit } from '@klankbord/contract'
import { html, nothing } from 'lit'
import { t } from '../i18n/locale.js'
import { KbElement } from '../kb-element.js'
import { highlightSegments } from './highlight.js'

/** Shows a text with the parts that look like personal data marked, and what kind each seems to be (in text, not colour alone). */
export class KbPersonalDataNotice extends KbElement {
  static override properties = { text: {}, hits: { attribute: false }, heading: {} }

  /** **text**, the text that was checked. */
  text = ''
  /** **hits**, where it looks like personal data. */
  hits: readonly PersonalDataHit[] = []
  /** **heading**, the first line of the warning. */
  heading = ''

  protected override render() {
    if (this.hits.length === 0) return nothing
    const m = t()
    const types = [...new Set(this.hits.map((hit) => m.personalDataTypeLabels[hit.type]))]
    return html`<div class="notice notice--warning personal-data">
      <p><strong>${this.heading || m.personalDataWarning}</strong></p>
      <p>${m.personalDataTypes(types.join(', '))}</p>
      <!-- The paragraph keeps line breaks (pre-wrap), so no whitespace may stand between its tags and the text. -->
      <p class="personal-data__text resident-text">${highlightSegments(this.text, this.hits).map((segment) =>
        segment.hit ? html`<mark>${segment.text}</mark><span class="hit-type">[${m.personalDataTypeLabels[segment.hit]}]</span>` : segment.text,
      )}</p>
    </div>`
  }
}

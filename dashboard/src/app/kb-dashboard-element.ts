import { LitElement } from 'lit'

/**
 * Base of every dashboard component. It renders into the light DOM, so the one stylesheet (dashboard.css, allowed
 * by the page's CSP) styles everything and headings, tables and the accessibility tree are plain document markup.
 */
export class KbDashboardElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this
  }
}

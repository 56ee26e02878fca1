import { KlankbordWidget } from './klankbord-widget.component.js'

export { KlankbordWidget }
export { KlankbordErrorEvent, KlankbordSubmitEvent } from './events.js'

// A page may load the script twice (two embeds); define throws on a duplicate name.
if (!customElements.get('klankbord-widget')) customElements.define('klankbord-widget', KlankbordWidget)

declare global {
  interface HTMLElementTagNameMap {
    'klankbord-widget': KlankbordWidget
  }
}

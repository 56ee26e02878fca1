import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { LOCALE_CHANGE_EVENT } from './locale.js'

/** Renders its host again when the language changes. */
export class LocaleController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate()

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this)
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_CHANGE_EVENT, this.onChange)
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_CHANGE_EVENT, this.onChange)
  }
}

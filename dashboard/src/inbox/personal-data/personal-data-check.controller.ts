import type { PersonalDataHit } from '@klankbord/contract'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { api } from '../api/inbox-api.js'

const DEBOUNCE_MS = 600

/** Asks the server, a moment after typing stops, whether a text looks like it holds personal data. */
export class PersonalDataCheckController implements ReactiveController {
  /** The text the hits belong to; a hit's positions only mean something in that text. */
  text = ''
  hits: PersonalDataHit[] = []
  private timer: number | undefined
  private asked = 0

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this)
  }

  hostDisconnected(): void {
    window.clearTimeout(this.timer)
  }

  check(text: string): void {
    window.clearTimeout(this.timer)
    this.timer = window.setTimeout(() => void this.ask(text), DEBOUNCE_MS)
  }

  reset(): void {
    window.clearTimeout(this.timer)
    this.asked++
    this.text = ''
    this.hits = []
    this.host.requestUpdate()
  }

  private async ask(text: string): Promise<void> {
    const asked = ++this.asked
    if (!text.trim()) return this.reset()
    try {
      const { hits } = await api.checkPersonalData(text)
      if (asked !== this.asked) return
      this.text = text
      this.hits = hits
      this.host.requestUpdate()
    } catch {
      // The live check only helps; the server checks again when the signal is saved.
    }
  }
}

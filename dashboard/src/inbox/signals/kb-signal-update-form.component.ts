import type { Signal } from '@klankbord/contract'
import { SIGNAL_STATUSES, type SignalStatus } from '@klankbord/contract/vocabulary'
import { api } from '../api/inbox-api.js'
import { t } from '../i18n/locale.js'
import { KbPublishableUpdateForm, type AnswerUpdate } from '../publishable/kb-publishable-update-form.js'

/**
 * Move a signal on (new → shared → answered → improved) and write down the municipality's response.
 *
 * @fires kb-saved - The signal was updated.
 */
export class KbSignalUpdateForm extends KbPublishableUpdateForm<Signal, SignalStatus> {
  static override properties = { signal: { attribute: false } }

  /** **signal**, the signal to update. */
  signal: Signal | null = null
  protected readonly kind = 'signal'

  protected get item(): Signal | null {
    return this.signal
  }

  protected statusOptions() {
    const labels = t().signalStatusLabels
    return SIGNAL_STATUSES.map((code) => ({ value: code, label: labels[code] }))
  }

  protected responseHint(): string {
    return t().responseHint
  }

  protected send(signal: Signal, update: AnswerUpdate<SignalStatus>) {
    return api.updateSignal(signal.id, update)
  }

  protected sent(signal: Signal, response: string) {
    return { response, theme: signal.theme, text: signal.text }
  }

  protected saved(signal: Signal): string {
    return t().signalUpdated(signal.theme)
  }
}

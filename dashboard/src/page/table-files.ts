import type { ChartId } from '../charts/types.js'

/** The published tables each chart is drawn from, offered as downloads beside it. */
export const TABLES_OF_VIEW: Readonly<Record<ChartId, readonly string[]>> = {
  'over-time': ['over_time'],
  kinds: ['kinds'],
  'wishes-support': ['support', 'wishes'],
  outcomes: ['outcomes', 'concerns'],
  durations: ['concerns'],
  channels: ['intake_channels', 'channels'],
  signals: ['signals', 'signal_texts'],
  municipalities: ['concerns'],
}

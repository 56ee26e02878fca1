import type { ChartFilters } from '../charts/types.js'

/** The user chose other filters; the app puts them in the URL and draws the charts again. */
export class FiltersChangeEvent extends Event {
  static readonly type = 'kb-filters-change'
  constructor(readonly filters: ChartFilters) {
    super(FiltersChangeEvent.type, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'kb-filters-change': FiltersChangeEvent
  }
}

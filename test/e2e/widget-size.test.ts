import { describe, expect, it } from 'vitest'
import { WIDGET_FIRST_LOAD_BUDGET_BYTES, widgetFirstLoadBrotliBytes } from '../bench/widget-size.js'

describe('the widget on a page', () => {
  it('loads within its budget before anyone interacts (brotli, Dutch)', () => {
    expect(widgetFirstLoadBrotliBytes()).toBeLessThanOrEqual(WIDGET_FIRST_LOAD_BUDGET_BYTES)
  })
})

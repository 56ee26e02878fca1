import { describe, expect, it } from 'vitest'
import { WIDGET_FIRST_LOAD_BUDGET_BYTES, widgetFirstLoadBrotliBytes, widgetFirstLoadSource } from '../bench/widget-size.js'

describe('the widget on a page', () => {
  it('loads within its budget before anyone interacts (brotli, Dutch)', () => {
    expect(widgetFirstLoadBrotliBytes()).toBeLessThanOrEqual(WIDGET_FIRST_LOAD_BUDGET_BYTES)
  })

  it('leaves zod and the schemas to the chunk that holds the steps', () => {
    // zod names each schema class when it makes it, and minifying keeps those names.
    expect(widgetFirstLoadSource()).not.toMatch(/["']\$?Zod\w+["']/)
  })
})

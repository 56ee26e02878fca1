import type { LitElement } from 'lit'

/** Waits for the host to render, then moves focus to the element the selector finds in it. */
export async function focusAfterUpdate(host: LitElement, selector: string): Promise<void> {
  await host.updateComplete
  host.querySelector<HTMLElement>(selector)?.focus()
}

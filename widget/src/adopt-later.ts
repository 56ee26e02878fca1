import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type LitElement } from 'lit'

/**
 * Adds style sheets that a lazily loaded chunk brings to the widget's shadow root, next to those already there, so
 * the steps and the follow-up view, loaded in any order, each keep what the other added.
 */
export function adoptLater(host: LitElement, ...sheets: CSSResult[]): void {
  const root = host.renderRoot
  if (!(root instanceof ShadowRoot)) return
  if (supportsAdoptingStyleSheets) {
    const added = sheets.map((sheet) => sheet.styleSheet!).filter((sheet) => !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added]
    return
  }
  // Without constructable style sheets Lit writes <style> elements: give it the whole list again.
  const have = ((host as unknown as { adoptedLater?: CSSResult[] }).adoptedLater ??= [])
  for (const sheet of sheets) if (!have.includes(sheet)) have.push(sheet)
  adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...have])
}

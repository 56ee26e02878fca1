/** What every chart hands to Plot and does to Plot's output, so the SVG stands alone in a page or a PDF. */
import type { PlotOptions } from '@observablehq/plot'
import { BACKGROUND, FONT_FAMILY, FONT_SIZE, INK } from './palette.js'

export const DEFAULT_WIDTH = 640

/** A white outline behind text that crosses grid or reference lines, so it stays readable. */
export const HALO = { stroke: BACKGROUND, strokeWidth: 3, paintOrder: 'stroke' } as const

export type Canvas = { readonly document: Document; readonly width: number }

/** The options every plot shares: the document (linkedom on the server), explicit colours and type, no figure. */
export const baseOptions = ({ document, width }: Canvas): PlotOptions => ({
  document,
  width,
  style: { color: INK, background: BACKGROUND, fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
})

/**
 * Plot writes `currentColor` for axes and text, which a PDF renderer or a host page may resolve differently;
 * every such value becomes the ink colour. The font goes into attributes too, for renderers that ignore CSS.
 */
export function finishSvg(element: Element, title: string, summary: string): SVGSVGElement {
  if (element.tagName.toLowerCase() !== 'svg') throw new Error(`Plot returned <${element.tagName}>, expected <svg>`)
  for (const node of [element, ...Array.from(element.querySelectorAll('*'))]) {
    for (const attribute of Array.from(node.attributes)) {
      if (/currentcolor/i.test(attribute.value)) node.setAttribute(attribute.name, attribute.value.replace(/currentcolor/gi, INK))
    }
    if (node.tagName.toLowerCase() === 'style' && node.textContent) node.textContent = node.textContent.replace(/currentcolor/gi, INK)
    // Plot writes font-size="10" on each panel and sets 12px in CSS only.
    if (node.tagName.toLowerCase() === 'svg') {
      node.setAttribute('font-family', FONT_FAMILY)
      node.setAttribute('font-size', String(FONT_SIZE))
    }
  }
  element.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  element.setAttribute('role', 'img')
  element.setAttribute('aria-label', title)
  element.setAttribute('aria-description', summary)
  return element as SVGSVGElement
}

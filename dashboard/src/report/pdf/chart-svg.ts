/** Prepares Plot's <svg> for svg-to-pdfkit, which draws only what the embedded font has and knows no paint-order. */
import { printable } from './fonts.js'

const TEXT_NODE = 3

function printableText(node: Node): void {
  if (node.nodeType === TEXT_NODE) node.textContent = printable(node.textContent ?? '')
  else node.childNodes.forEach(printableText)
}

/**
 * The chart's markup for the PDF. Plot puts a white halo behind labels as a stroke drawn first
 * (`paint-order: stroke`); svg-to-pdfkit would draw it over the letters, so the halo is left out.
 */
export function svgForPdf(svg: SVGSVGElement): string {
  printableText(svg)
  for (const haloed of Array.from(svg.querySelectorAll('[paint-order]'))) {
    if (haloed.getAttribute('paint-order') !== 'stroke') continue
    for (const attribute of ['paint-order', 'stroke', 'stroke-width', 'stroke-linejoin', 'stroke-opacity']) haloed.removeAttribute(attribute)
  }
  return svg.outerHTML
}

/** Prepares the chart module's <svg> for a page served under a strict CSP (no inline style). */

/** CSS properties that SVG also takes as attributes (SVG 2, "presentation attributes"). */
const PRESENTATION_ATTRIBUTES = new Set([
  'alignment-baseline', 'baseline-shift', 'clip-path', 'clip-rule', 'color', 'color-interpolation', 'cursor', 'direction',
  'display', 'dominant-baseline', 'fill', 'fill-opacity', 'fill-rule', 'filter', 'font-family', 'font-size', 'font-stretch',
  'font-style', 'font-variant', 'font-weight', 'letter-spacing', 'marker-end', 'marker-mid', 'marker-start', 'mask', 'opacity',
  'paint-order', 'pointer-events', 'shape-rendering', 'stroke', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width', 'text-anchor', 'text-decoration', 'text-rendering',
  'unicode-bidi', 'vector-effect', 'visibility', 'word-spacing', 'writing-mode',
])

/** Moves a style attribute's declarations to presentation attributes; the rest (Plot's background) is in dashboard.css. */
function styleToAttributes(element: Element): void {
  const style = element.getAttribute('style')
  if (style === null) return
  element.removeAttribute('style')
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration.slice(colon + 1).trim()
    if (PRESENTATION_ATTRIBUTES.has(property) && value && !element.hasAttribute(property)) element.setAttribute(property, value)
  }
}

/**
 * The chart's markup for the dashboard. A strict CSP refuses Plot's <style> element and `style` attributes, so the
 * element goes (dashboard.css has its rules) and the attributes become presentation attributes. Plot names each
 * mark's group ("bar", "rule") with aria-label, which ARIA forbids inside role="img"; the name is kept as data-mark.
 */
export function svgForPage(svg: SVGSVGElement, className: string): string {
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove()
  for (const element of [svg, ...Array.from(svg.querySelectorAll('[style]'))]) styleToAttributes(element)
  for (const named of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
    named.setAttribute('data-mark', named.getAttribute('aria-label') ?? '')
    named.removeAttribute('aria-label')
    named.removeAttribute('aria-description')
  }
  svg.setAttribute('class', `${svg.getAttribute('class') ?? ''} ${className}`.trim())
  return svg.outerHTML
}

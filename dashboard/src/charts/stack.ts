/** Panels on top of each other in one <svg>, for charts whose parts need their own scale (days to first contact, days to close). */
const SVG = 'http://www.w3.org/2000/svg'

export function stackSvgs(document: Document, width: number, panels: readonly Element[]): Element {
  const root = document.createElementNS(SVG, 'svg')
  let y = 0
  for (const panel of panels) {
    const height = Number(panel.getAttribute('height') ?? 0)
    panel.setAttribute('x', '0')
    panel.setAttribute('y', String(y))
    root.appendChild(panel)
    y += height
  }
  root.setAttribute('xmlns', SVG)
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(y))
  root.setAttribute('viewBox', `0 0 ${width} ${y}`)
  return root
}

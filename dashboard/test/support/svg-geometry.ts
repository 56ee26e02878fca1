/**
 * Where the texts of a chart's <svg> end up horizontally, estimated without a browser: translations of the
 * ancestors, nested <svg x>, the text's x and dx, its anchor and an estimated width (characters × font size ×
 * 0.6, 0.66 for bold). Rotated text is refused: the charts must not need it.
 */
export type TextBox = { readonly text: string; readonly left: number; readonly right: number; readonly group: string | null }

const TRANSLATE = /translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)/

const inherited = (element: Element, attribute: string): string | null => {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute(attribute)
    if (value !== null) return value
    const style = node.getAttribute('style') ?? ''
    const match = new RegExp(`(?:^|;)\\s*${attribute}\\s*:\\s*([^;]+)`).exec(style)
    if (match) return match[1]!.trim()
  }
  return null
}

const pixels = (value: string | null, fontSize: number): number => {
  if (!value) return 0
  const number = Number.parseFloat(value)
  if (!Number.isFinite(number)) return 0
  return value.trim().endsWith('em') ? number * fontSize : number
}

function offsetX(element: Element): number {
  let x = 0
  for (let node: Element | null = element; node; node = node.parentElement) {
    const transform = node.getAttribute('transform') ?? ''
    if (/rotate|matrix|skew/.test(transform)) throw new Error(`rotated or skewed text: <${node.tagName} transform="${transform}">`)
    const match = TRANSLATE.exec(transform)
    if (match) x += Number(match[1])
    // A nested <svg> is placed by its x; the outermost one is the origin.
    if (node.tagName.toLowerCase() === 'svg' && node.parentElement?.closest('svg')) x += Number(node.getAttribute('x') ?? 0)
  }
  return x
}

export function textBoxes(svg: Element): TextBox[] {
  return Array.from(svg.querySelectorAll('text')).flatMap((text) => {
    const fontSize = Number.parseFloat(inherited(text, 'font-size') ?? '12')
    const bold = /bold|[6-9]00/.test(inherited(text, 'font-weight') ?? '')
    const tspans = Array.from(text.querySelectorAll('tspan'))
    const lines = tspans.length ? tspans.map((t) => t.textContent ?? '') : [text.textContent ?? '']
    const longest = Math.max(0, ...lines.map((line) => [...line].length))
    if (longest === 0) return []
    const width = longest * fontSize * (bold ? 0.66 : 0.6)
    const x = offsetX(text) + pixels(text.getAttribute('x'), fontSize) + pixels(text.getAttribute('dx'), fontSize)
    const anchor = inherited(text, 'text-anchor') ?? 'start'
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x
    return [{ text: lines.join('\n'), left, right: left + width, group: text.parentElement?.getAttribute('aria-label') ?? null }]
  })
}

/** Pairs of tick labels in the same axis group whose boxes overlap. */
export function overlappingTicks(svg: Element): string[] {
  const problems: string[] = []
  for (const group of Array.from(svg.querySelectorAll('g[aria-label$="tick label"]'))) {
    if (!group.getAttribute('aria-label')!.startsWith('x-axis')) continue
    const boxes = textBoxes(group).sort((a, b) => a.left - b.left)
    for (let i = 1; i < boxes.length; i++) if (boxes[i]!.left < boxes[i - 1]!.right + 2) problems.push(`${boxes[i - 1]!.text} | ${boxes[i]!.text}`)
  }
  return problems
}

import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { WCAG_22_AA } from './e2e.js'

// axe-core itself, injected into the page: its Playwright wrapper asks for a newer Node than the project supports.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type AxeResult = { id: string; impact?: string | null; nodes: { target: unknown[] }[] }

/** WCAG 2.2 AA violations on the page, or only inside `include` (a CSS selector), as one line each. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window)
  // Evaluated through the browser's protocol, not as a script tag, so the page's CSP does not block it.
  if (!injected) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeResult[] }> } }).axe
      const result = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } })
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }))
    },
    { include, tags: [...WCAG_22_AA] },
  )
  return violations.map((v: AxeResult) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

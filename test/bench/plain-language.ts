import { fleschDouma } from '../support/plain-language/flesch-douma.js'
import { stringsByScreen } from '../support/plain-language/screens.js'
import type { Row } from './table.js'

/** The Flesch-Douma reading ease of each screen the resident sees (B1 ≈ 60 or higher; the test holds the floor). */
export function plainLanguageRows(): Row[] {
  return [...stringsByScreen()].map(([screen, strings]) => ({
    measure: `reading ease (Flesch-Douma): ${screen}`,
    value: fleschDouma(strings.map((s) => s.text)).toFixed(1),
    note: `${strings.length} strings`,
  }))
}

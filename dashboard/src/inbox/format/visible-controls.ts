import { html, type TemplateResult } from 'lit'
import { t } from '../i18n/locale.js'

/** The characters that change the direction of text around them, by their Unicode names. */
const BIDI_CONTROLS: Readonly<Record<string, string>> = {
  '\u061c': 'ARABIC LETTER MARK',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
}
const CLASS = `[${Object.keys(BIDI_CONTROLS).join('')}]`
const ANY = new RegExp(CLASS)
const EACH = new RegExp(CLASS, 'g')

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * Text as it was typed, with each bidirectional control shown as a marked sign such as ⟨U+202E⟩ instead of
 * applied: applied, "Factuur \u202efdp.exe" reads as "Factuur exe.pdf". Arabic and Hebrew letters keep their
 * own direction; only these invisible controls are taken out of play.
 */
export function visibleControls(text: string): string | (string | TemplateResult)[] {
  if (!ANY.test(text)) return text
  const parts: (string | TemplateResult)[] = []
  let at = 0
  for (const match of text.matchAll(EACH)) {
    if (match.index > at) parts.push(text.slice(at, match.index))
    const code = codePoint(match[0])
    parts.push(html`<mark class="control-character" title=${t().controlCharacter(code, BIDI_CONTROLS[match[0]]!)}>⟨${code}⟩</mark>`)
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push(text.slice(at))
  return parts
}

/** The same for a plain string (a heading, a title attribute): each control as its sign, without markup. */
export const visibleControlsText = (text: string): string => text.replace(EACH, (char) => `⟨${codePoint(char)}⟩`)

/** Page, type and colours of the annual report (A4, in PDF points). Colours are those of the charts. */
import { INK, MUTED, OKABE_ITO } from '../../charts/palette.js'

export const PAGE = { width: 595.28, height: 841.89 } as const
export const MARGIN = { top: 68, bottom: 64, left: 62, right: 62 } as const
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
/** The lowest y where body text may end; below it are the page number and the margin. */
export const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom

export const COLOR = {
  ink: INK,
  muted: MUTED,
  accent: OKABE_ITO.blue,
  rule: '#b8b8b8',
  headerFill: '#e8eef4',
  stripe: '#f5f5f5',
} as const

export const SIZE = {
  title: 30,
  subtitle: 16,
  h1: 20,
  h2: 13.5,
  body: 10.5,
  table: 9,
  small: 8.5,
} as const

/** Space after a paragraph and around blocks. */
export const GAP = { paragraph: 7, block: 14, heading: 8 } as const

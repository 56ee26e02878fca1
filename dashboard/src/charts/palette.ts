/**
 * Colours and type for every chart: Okabe–Ito, which stays distinguishable with the common kinds of colour
 * blindness. Colour only ever repeats what a label or text mark already says.
 */
export const INK = '#1a1a1a'
export const MUTED = '#595959'
export const GRID = '#d0d0d0'
export const BACKGROUND = '#ffffff'
export const FONT_FAMILY = 'Noto Sans, sans-serif'
export const FONT_SIZE = 12

export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  yellow: '#F0E442',
  black: '#000000',
} as const

/** The default bar colour, and one for what stands out (a formal procedure, the chosen municipality). */
export const PRIMARY = OKABE_ITO.blue
export const ACCENT = OKABE_ITO.vermillion

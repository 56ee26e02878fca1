/** Dutch number formatting for charts and tables (1.234, 12,5%), the same everywhere in the dashboard and report. */
const INTEGER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const PERCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 })

export const formatCount = (n: number): string => INTEGER.format(n)
export const formatShare = (fraction: number): string => PERCENT.format(fraction)

/** A suppressed cell is shown as "< k", never as zero. */
export const formatCell = (n: number | null, k: number): string => (n === null ? `< ${k}` : formatCount(n))

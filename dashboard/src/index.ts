export { formatCell, formatCount, formatDecimal, formatPointChange, formatShare, localeTag } from './number-format.js'
export * from './charts/index.js'

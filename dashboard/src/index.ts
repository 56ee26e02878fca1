export { formatCell, formatCount, formatShare } from './number-format.js'

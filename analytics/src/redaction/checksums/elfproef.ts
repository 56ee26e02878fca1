/**
 * The BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. Accepts 8 digits too,
 * because an old sofinummer may be written without its leading zero. Separators are ignored.
 */
export function isValidBsn(value: string): boolean {
  let digits = value.replace(/[\s.-]/g, '')
  if (!/^\d{8,9}$/.test(digits)) return false
  if (digits.length === 8) digits = `0${digits}`
  if (/^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48)
  sum -= digits.charCodeAt(8) - 48
  return sum % 11 === 0
}

/**
 * Whether a link may be shown and followed: `https:`, or `http:` on this machine (the laptop demo). Everything
 * else, `javascript:` and `data:` first, could run script or mislead in the page that shows it.
 */
export function isSafeLink(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]')
}

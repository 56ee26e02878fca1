/**
 * When the person at the screen last did something. Polling must not keep an unattended session alive, so
 * background requests that the server counts as activity are only made while someone is actually there.
 */
const EVENTS = ['keydown', 'pointerdown', 'wheel', 'focusin'] as const

let lastActivity = Date.now()
let tracking = false

/** Starts listening (once); the call itself counts as activity, as it follows a navigation or a login. */
export function trackActivity(): void {
  lastActivity = Date.now()
  if (tracking) return
  tracking = true
  const touch = () => (lastActivity = Date.now())
  for (const type of EVENTS) document.addEventListener(type, touch, { capture: true, passive: true })
}

export const activeWithin = (ms: number): boolean => Date.now() - lastActivity < ms

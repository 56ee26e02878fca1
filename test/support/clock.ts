/** Real time plus an offset that tests can move forward, to pass session timeouts or retention periods without waiting. */
export function createClock() {
  let offsetMs = 0
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(ms: number) {
      offsetMs += ms
    },
  }
}
export type Clock = ReturnType<typeof createClock>

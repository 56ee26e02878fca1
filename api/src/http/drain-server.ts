import type { ServerType } from '@hono/node-server'

/** How long a stopping server waits for the requests it accepted before it cuts the connections that remain. */
export const DRAIN_TIMEOUT_MS = 10_000

const IDLE_SWEEP_MS = 50

type NodeServer = ServerType & { closeIdleConnections?: () => void; closeAllConnections?: () => void }

/**
 * Stops accepting connections and resolves once every request in flight has been answered (so a concern that was
 * accepted is stored and acknowledged before the store closes). Keep-alive connections are closed as soon as they
 * are idle, swept again while draining because a connection becomes idle only after its answer went out. After
 * `timeoutMs` whatever is still open is cut, so a stuck client cannot keep the process from stopping.
 */
export function drainServer(server: ServerType, timeoutMs: number = DRAIN_TIMEOUT_MS): Promise<void> {
  const node = server as NodeServer
  return new Promise<void>((resolve) => {
    const sweep = setInterval(() => node.closeIdleConnections?.(), IDLE_SWEEP_MS)
    const cut = setTimeout(() => node.closeAllConnections?.(), timeoutMs)
    node.close(() => {
      clearInterval(sweep)
      clearTimeout(cut)
      resolve()
    })
    node.closeIdleConnections?.()
  })
}

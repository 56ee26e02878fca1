import type { Socket } from 'node:net'
import type { Problem as ProblemBody } from '@klankbord/contract'
import { PROBLEM_TYPES } from './problem.js'
import { PROBLEM_TYPE_BASE } from './render-problem.js'

/**
 * Requests that Node's HTTP parser refuses before the app sees them (headers over 16 KB, broken request lines) get
 * an application/problem+json answer like every other error, instead of Node's bare status line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || (error.code === 'ECONNRESET')) {
    socket.destroy()
    return
  }
  const kind = error.code === 'HPE_HEADER_OVERFLOW' ? 'headers-too-large' : 'bad-request'
  const type = PROBLEM_TYPES[kind]
  const body: ProblemBody = { type: `${PROBLEM_TYPE_BASE}${kind}`, title: type.title, status: type.status, detail: type.detail.en }
  const json = JSON.stringify(body)
  socket.end(`HTTP/1.1 ${type.status} ${type.title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`)
}

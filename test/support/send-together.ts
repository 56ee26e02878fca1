import { request } from 'node:http'
import { connect, type Socket } from 'node:net'

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: unknown }
export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string; json<T>(): T }

/**
 * Sends requests truly at once: every request gets its own connection, all connections are opened first (the
 * barrier), then every request is written in the same turn of the event loop, so the server sees them together.
 */
export async function sendTogether(baseUrl: string, requests: readonly RawRequest[]): Promise<RawResponse[]> {
  const url = new URL(baseUrl)
  const sockets = await Promise.all(
    requests.map(
      () =>
        new Promise<Socket>((resolve, reject) => {
          const socket = connect(Number(url.port), url.hostname, () => resolve(socket))
          socket.once('error', reject)
        }),
    ),
  )
  const answers = requests.map(
    (r, i) =>
      new Promise<RawResponse>((resolve, reject) => {
        // A string goes as it is (a form body, say, with its own Content-Type); anything else as JSON.
        const body = r.body === undefined ? undefined : typeof r.body === 'string' ? r.body : JSON.stringify(r.body)
        const type = typeof r.body === 'string' ? {} : { 'Content-Type': 'application/json' }
        const headers = { ...(body !== undefined ? { ...type, 'Content-Length': String(Buffer.byteLength(body)) } : {}), Connection: 'close', ...r.headers }
        const req = request({ method: r.method, path: r.path, host: url.hostname, port: url.port, headers, createConnection: () => sockets[i]! }, (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json: <T>() => JSON.parse(text) as T }))
        })
        req.on('error', reject)
        req.end(body)
      }),
  )
  return Promise.all(answers)
}

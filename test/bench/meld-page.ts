import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import { brotliCompressSync, constants } from 'node:zlib'
import { createApp } from '../../api/src/app.js'
import { buildDeps } from '../../api/src/build-deps.js'
import { loadConfig } from '../../api/src/config.js'
import { createLog } from '../../api/src/log.js'
import { listen } from '../../api/src/server.js'
import { ensureDemoData } from '../../api/src/services/municipalities/ensure-demo.js'
import { migrateStore } from '../../api/src/store/migrate.js'
import { openMemoryStore } from '../../api/src/store/pglite-store.js'
import { kb, ms, type Row } from './table.js'

const CALLS = 200
const STYLESHEETS = ['/pages/volg.css', '/pages/meld.css']

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!

/** Milliseconds from sending the request to the first byte of the answer's body. */
function firstByte(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = request(url, { headers: { 'Accept-Encoding': 'br' } }, (res) => {
      res.once('data', () => {
        resolve(performance.now() - started)
        res.resume()
      })
    })
    req.once('error', reject)
    req.end()
  })
}

const brotli = (bytes: Uint8Array) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

/** The bytes of a page and its stylesheets (it has no scripts, images or fonts), plain and brotli. */
async function pageWeight(base: string, path: string): Promise<{ raw: number; brotli: number }> {
  let raw = 0
  let compressed = 0
  for (const part of [path, ...STYLESHEETS]) {
    const bytes = new Uint8Array(await (await fetch(`${base}${part}`, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer())
    raw += bytes.length
    compressed += brotli(bytes)
  }
  return { raw, brotli: compressed }
}

/** /meld, the intake without scripts, on a phone's slow line: how soon it starts to arrive and how much it weighs. */
export async function meldPageRows(): Promise<Row[]> {
  const store = await openMemoryStore()
  await migrateStore(store)
  const deps = buildDeps({ store, config: loadConfig({ LOG_LEVEL: 'silent' }, { durableFlush: false }), log: createLog('silent'), masterKey: randomBytes(32) })
  const { server, port } = await listen(createApp(deps), '127.0.0.1', 0)
  const base = `http://127.0.0.1:${port}`
  try {
    await ensureDemoData(store.db, [base])
    const url = `${base}/meld?partner=demo-zorg&channel=poster&lang=nl`
    for (let i = 0; i < 20; i++) await firstByte(url)
    const times: number[] = []
    for (let i = 0; i < CALLS; i++) times.push(await firstByte(url))
    const first = await pageWeight(base, '/meld?partner=demo-zorg&channel=poster&lang=nl')
    const arabic = await pageWeight(base, '/meld?partner=demo&lang=ar')
    return [
      { measure: '/meld first byte, p50', value: ms(percentile(times, 50)), note: `${CALLS} calls in a row, PGlite, the first page with the partner's notice` },
      { measure: '/meld first byte, p99', value: ms(percentile(times, 99)) },
      { measure: '/meld full page weight (HTML + CSS)', value: kb(first.raw), note: 'no scripts, images or fonts' },
      { measure: '/meld full page weight, brotli', value: kb(first.brotli), note: `Arabic: ${kb(arabic.brotli)}` },
    ]
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await deps.queue.idle()
    await store.close()
  }
}

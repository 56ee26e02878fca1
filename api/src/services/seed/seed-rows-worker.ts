import { parentPort, workerData } from 'node:worker_threads'
import { rowsInProcess, WORKER_AHEAD, type SeedRowJob } from './seed-row-source.js'

// The worker side of rowsFromWorker: sends batches of rows and waits for a "more" once WORKER_AHEAD are unread.
const port = parentPort!
let credits = WORKER_AHEAD
let resume: (() => void) | undefined
port.on('message', () => {
  credits++
  resume?.()
  resume = undefined
})
for (const rows of rowsInProcess(workerData as SeedRowJob)) {
  while (credits === 0) await new Promise<void>((resolve) => (resume = resolve))
  credits--
  port.postMessage(rows)
}
port.postMessage('done')
port.close()

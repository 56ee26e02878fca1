import { runStatistics } from './dist/services/statistics/run-statistics.js'
import { openStore } from './dist/store/open-store.js'
const store = await openStore({ dataDir: '/tmp/big/data', durableFlush: false })
let last = performance.now()
const s = await runStatistics(store, { dataDir: '/tmp/big/data', minCell: 5, full: true, onProgress: (step) => { const now = performance.now(); console.log(step, ((now - last) / 1000).toFixed(2)); last = now } })
console.log(s.seconds, s.tables.map(t => [t.name, t.cells, t.withheld_cells]))
await store.close()

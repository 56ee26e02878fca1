// The baseline for intake throughput: bare Hono on @hono/node-server answering a POST with a small JSON.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.post('/hello', (c) => c.json({ hello: 'world' }, 201))
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => process.stdout.write(`API: http://127.0.0.1:${info.port}/api/v1\n`))

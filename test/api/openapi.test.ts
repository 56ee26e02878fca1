import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OPERATIONS, type Operation } from '@klankbord/contract/operations'
import { startTestApp, type TestApp } from '../support/test-app.js'

const RULESET = fileURLToPath(new URL('../../../shared/adr/linter.yaml', import.meta.url))
const SPECTRAL = join(createRequire(import.meta.url).resolve('@stoplight/spectral-cli/package.json'), '..', 'dist', 'index.js')

describe('the OpenAPI document', () => {
  let app: TestApp
  let dir: string
  beforeAll(async () => {
    app = await startTestApp()
    dir = mkdtempSync(join(tmpdir(), 'klankbord-oas-'))
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('is served with the API-Version header and describes every public route', async () => {
    const response = await fetch(`${app.url}/api/v1/openapi.json`)
    expect(response.status).toBe(200)
    expect(response.headers.get('api-version')).toBe('1.0.0')
    const document = await response.json()
    const rows = Object.entries(OPERATIONS) as [string, Operation][]
    expect(Object.keys(document.paths).sort()).toEqual([...new Set(rows.map(([, op]) => op.path))].sort())
    for (const [id, op] of rows) {
      const described = document.paths[op.path][op.method.toLowerCase()]
      expect(described.operationId).toBe(id)
      // Public operations say so explicitly, local ones take the control token, the others require the session cookie.
      // Statistics may be opened to everyone by configuration: no requirement, or the session.
      const signedIn = op.publicWhenStatisticsArePublic ? [{}, { sessionCookie: [] }] : [{ sessionCookie: [] }]
      const expected = op.access === 'public' ? [] : op.access === 'control-token' ? [{ controlToken: [] }] : signedIn
      expect(described.security).toEqual(expected)
    }
    expect(document.components.schemas.ConcernInput.required).toEqual(
      expect.arrayContaining(['partner', 'domain', 'kinds', 'description', 'wish', 'onBehalfOf', 'contact', 'locale', 'consent']),
    )
  })

  it('lints with 0 errors against the NLGov API Design Rules ruleset', async () => {
    const document = await (await fetch(`${app.url}/api/v1/openapi.json`)).json()
    const file = join(dir, 'openapi.json')
    writeFileSync(file, JSON.stringify(document, null, 2))
    const run = promisify(execFile)
    const result = await run(process.execPath, [SPECTRAL, 'lint', '--format', 'json', '--quiet', '-r', RULESET, file], { maxBuffer: 10_000_000 }).catch(
      (error: { stdout: string; stderr: string }) => error,
    )
    const findings = JSON.parse(result.stdout || '[]') as { code: string; severity: number; message: string; path: string[] }[]
    const errors = findings.filter((f) => f.severity === 0)
    expect(errors.map((e) => `${e.code} ${e.path.join('.')}: ${e.message}`)).toEqual([])
  }, 60_000)
})

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { recordLog, recordPlanted, scanLogs } from '../support/log-scan.js'

describe('the scan of every server log for planted values (run over the whole suite at its end)', () => {
  const saved = process.env.KLANKBORD_LOG_SCAN_DIR
  const dir = mkdtempSync(join(tmpdir(), 'klankbord-log-scan-'))
  afterEach(() => {
    process.env.KLANKBORD_LOG_SCAN_DIR = saved
  })

  it('finds a planted value in a log, and only that one', () => {
    process.env.KLANKBORD_LOG_SCAN_DIR = dir
    recordPlanted('staff secret', 'geheim-wachtwoord-123', 'ABCDEF-TOTP')
    recordLog('app-1', '{"level":"info","msg":"request","path":"/api/v1/auth/login"}\n{"msg":"oops geheim-wachtwoord-123"}')
    const { hits } = scanLogs(dir)
    expect(hits).toEqual([{ kind: 'staff secret', value: 'geheim-wachtwoord-123', file: expect.stringMatching(/^log-\d+-app-1\.txt$/) }])
    rmSync(dir, { recursive: true, force: true })
  })

  it('is switched on for this run by the global setup', () => {
    expect(saved).toBeTruthy()
  })
})

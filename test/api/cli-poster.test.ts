import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { POSTER_TEXTS, fillPosterText } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, startServerProcess } from '../support/cli.js'
import { pdfInfo, pdfStrings, pdfText, readQrCodes } from '../support/pdf.js'

// The demo municipality's confidant, as `serve --demo` registers it.
const DEMO_PARTNER = 'Zorggroep De Linde'

describe('klankbord poster', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'klankbord-cli-poster-'))
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('explains itself with --help, and refuses a missing partner, an unknown language or format with a clear message', async () => {
    const help = await runCli(['poster', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Gebruik \/ Usage: klankbord poster --partner/)
    expect(help.stdout).toContain('en, pl, tr, ar, uk')
    for (const [args, message] of [
      [['poster'], '--partner is nodig / is required'],
      [['poster', '--partner', 'demo', '--language', 'de'], '--language: kies / choose en, pl, tr, ar, uk (niet / not "de")'],
      [['poster', '--partner', 'demo', '--format', 'a3'], '--format: kies / choose a4, a6 (niet / not "a3")'],
      [['poster', '--partner', 'demo', '--url', 'klankbord'], '--url: een volledig adres'],
    ] as const) {
      const refused = await runCli([...args], { KLANKBORD_DATA_DIR: dataDir })
      expect(refused.code, args.join(' ')).toBe(2)
      expect(refused.stderr).toContain(message)
      expect(refused.stderr).not.toMatch(/at .*\.js:\d+/)
    }
  })

  it('makes the poster through the running server, and from the store itself once the server has stopped', { timeout: 120_000 }, async () => {
    const env = { KLANKBORD_DATA_DIR: dataDir }
    const server = await startServerProcess(env)
    const flyer = join(dataDir, 'flyer.pdf')
    try {
      const made = await runCli(['poster', '--partner', 'demo-zorg', '--language', 'tr', '--format', 'a6', '--out', flyer], env)
      expect(made.code, made.stderr).toBe(0)
      expect(made.stdout).toContain(`Flyer ${DEMO_PARTNER}: ${flyer}`)
      const target = `${server.url}/meld?partner=demo-zorg&channel=poster`
      expect(await readQrCodes(flyer)).toEqual([target, target])
      expect(await pdfInfo(flyer)).toMatchObject({ Tagged: 'yes', Pages: '2' })
      const text = await pdfText(flyer)
      expect(text).toContain(fillPosterText(POSTER_TEXTS.tr.notToPartner, { partner: DEMO_PARTNER }))
      expect(text).toContain(fillPosterText(POSTER_TEXTS.nl.notToPartner, { partner: DEMO_PARTNER }))

      const unknown = await runCli(['poster', '--partner', 'bestaat-niet'], env)
      expect(unknown.code).toBe(1)
      expect(unknown.stderr).toContain('Er is geen partner met deze sleutel.')
    } finally {
      await server.stop()
    }

    const poster = join(dataDir, 'poster.pdf')
    const direct = await runCli(['poster', '--partner', 'demo', '--url', 'https://klankbord.voorbeeld.nl/', '--out', poster], env)
    expect(direct.code, direct.stderr).toBe(0)
    expect(await readQrCodes(poster)).toEqual(['https://klankbord.voorbeeld.nl/meld?partner=demo&channel=poster'])
    expect(await pdfInfo(poster)).toMatchObject({ Tagged: 'yes', Pages: '1', 'Page size': '595.28 x 841.89 pts (A4)' })
    // The municipality's own poster: the confidant does not work for the department that decides.
    expect(await pdfText(poster)).toContain(POSTER_TEXTS.nl.notToDepartment)
    expect([...new Set(pdfStrings(new Uint8Array(readFileSync(poster)), '/Lang'))].sort()).toEqual(['nl', 'nl-NL'])

    const unknown = await runCli(['poster', '--partner', 'bestaat-niet'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('er is geen partner met de sleutel "bestaat-niet"')
  })
})

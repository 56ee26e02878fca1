import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { SIGNAL_STATUS_LABELS } from '@klankbord/contract/labels'
import { ConcernInput } from '@klankbord/contract'
import { syntheticConcernInput } from '@klankbord/fixtures'
import { readPublishedRows } from '@klankbord/analytics/pipeline'
import { renderAnnualReport } from '@klankbord/dashboard/report'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recommendationsTable, signalsTable } from '../../api/src/db/schema/index.js'
import { createConcern } from '../../api/src/services/intake/create-concern.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { findPartner } from '../../api/src/services/partners/find-partner.js'
import { runStatistics } from '../../api/src/services/statistics/run-statistics.js'
import { openPgliteStore } from '../../api/src/store/pglite-store.js'
import { runCli } from '../support/cli.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const K = 5
const YEAR = 2025
const run = promisify(execFile)
/** Personal data planted where a careless report could pick it up: concern texts, signals, recommendations. */
const PLANTED = ['Zonnebloem-Jaarverslag', 'planted.jaarverslag@example.nl', '06 99887766', '111222333', 'NL91ABNA0417164300']
const PLANTED_TEXT = `mevrouw ${PLANTED[0]}, mail ${PLANTED[1]}, bel ${PLANTED[2]}, BSN ${PLANTED[3]}, rekening ${PLANTED[4]}`
/** What personal data looks like, whoever planted it (the seed's texts hold names, numbers and addresses too). */
const PERSONAL_DATA_PATTERNS = [/[\w.+-]+@[\w-]+\.[a-z]{2,}/i, /(?:\+31|0031|\b0)6[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}\b/, /\b\d{9}\b/, /\bNL\d{2}\s?[A-Z]{4}/]

const tool = async (name: string, args: string[]) => (await run(name, args, { maxBuffer: 64 * 1024 * 1024 })).stdout
/** The text as pdftotext lays it out, with runs of spaces made one (table columns are spaced out). */
const pdfText = async (file: string, extra: string[] = []) => (await tool('pdftotext', ['-layout', ...extra, file, '-'])).replace(/[ \t]+/g, ' ')
const nl = (n: number) => new Intl.NumberFormat('nl-NL').format(n)
/** A published count as the report must print it: the one neutral mark "–" when withheld. */
const shown = (row: Record<string, unknown> | undefined) => (row && row.suppressed !== true && typeof row.concerns === 'number' ? nl(row.concerns) : '–')
/** The contract's footnote for a withheld value. */
const WITHHELD_FOOTNOTE = '– afgeschermd: een klein aantal, of afgeschermd om een klein aantal te beschermen.'
/** Words that would say a withheld value is small. */
const SMALL_WORDS = /<\s?\d|minder dan \d|fewer than|onder de \d|te klein om te tonen/gi
/** An ISO date as the report writes it: "7 dec". */
const day = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)).replace('.', '')
/** The text with line breaks made spaces, for sentences and table rows that wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

/** A binary PGM (P5) as pdftoppm -gray writes it. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const bytes = readFileSync(file)
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'))!
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) }
}

const inkShare = (image: ReturnType<typeof readPgm>, box = { x1: 0, y1: 0, x2: image.width, y2: image.height }) => {
  let ink = 0
  let all = 0
  for (let y = Math.max(0, Math.floor(box.y1)); y < Math.min(image.height, Math.ceil(box.y2)); y++)
    for (let x = Math.max(0, Math.floor(box.x1)); x < Math.min(image.width, Math.ceil(box.x2)); x++) {
      all++
      if (image.pixels[y * image.width + x]! < 200) ink++
    }
  return all ? ink / all : 0
}

type PdfObject = { id: string; body: string }
/** The PDF's objects as text: PDFKit writes dictionaries uncompressed, so the structure tree can be read directly. */
function pdfObjects(file: string): PdfObject[] {
  const text = readFileSync(file).toString('latin1')
  return [...text.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)].map((m) => ({ id: m[1]!, body: m[2]! }))
}

describe('the annual report (PDF) on a seeded store', () => {
  let dataDir: string
  let app: TestApp | undefined
  let council: Session
  let admin: Session
  let file: string
  let municipalities: string[]
  let concernsRows: Record<string, unknown>[]
  let periodRows: Record<string, unknown>[]
  let disclosureRows: Record<string, unknown>[]

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'klankbord-report-'))
    const seeded = await runCli(['seed', '--concerns', '3000', '--municipalities', '2', '--years', '3', '--start', '2023-01-01', '--seed', '5'], { KLANKBORD_DATA_DIR: dataDir })
    expect(seeded.code, seeded.stderr).toBe(0)
    app = await startTestApp({ store: await openPgliteStore({ dataDir, durableFlush: false }), config: { proofOfWork: false, rateLimit: false, dataDir, minCell: K } })
    const places = await app.store.db.query.municipalitiesTable.findMany()
    const gennep = places.find((m) => m.name === 'Gennep')!
    const when = new Date(Date.UTC(YEAR, 5, 15))
    await app.store.db.insert(signalsTable).values(
      Array.from({ length: 3 }, (_, i) => ({ id: `sig_report_${i}`, municipalityId: gennep.id, domain: 'wmo', theme: `Thema van ${PLANTED_TEXT}`, text: `Tekst over ${PLANTED_TEXT}.`, response: `Gebeld met ${PLANTED_TEXT}.`, status: 'answered', createdAt: when, updatedAt: when })),
    )
    await app.store.db.insert(recommendationsTable).values([
      { id: 'rec_report_1', municipalityId: gennep.id, year: YEAR - 1, text: 'Schrijf besluiten over de Wmo in gewone taal.', status: 'in-progress', response: 'Alle brieven worden in 2025 herschreven.', createdAt: when, updatedAt: when },
      { id: 'rec_report_2', municipalityId: gennep.id, year: YEAR - 1, text: `Bel ${PLANTED_TEXT} terug.`, status: 'done', response: `Gedaan door ${PLANTED_TEXT}.`, createdAt: when, updatedAt: when },
      { id: 'rec_report_3', municipalityId: gennep.id, year: YEAR, text: 'Maak het loket ook na vijf uur bereikbaar.', status: 'open', response: null, createdAt: when, updatedAt: when },
    ])
    // Concerns through the real intake with personal data in their texts: none of it may reach the report.
    const partner = (await findPartner(app.store.db, (await app.store.db.query.partnersTable.findFirst({ where: (p, { eq }) => eq(p.municipalityId, gennep.id) }))!.key))!
    const origin = { partnerId: partner.id, municipalityId: partner.municipality.id, firstContactWorkingDays: 2 }
    for (let i = 0; i < 10; i++)
      await createConcern(systemContext(app.deps), { content: ConcernInput.parse({ ...syntheticConcernInput(17, i), description: `Melding van ${PLANTED_TEXT}.` }), origin, channel: 'widget-inline' })
    await runStatistics(app.store, { dataDir, minCell: K })
    municipalities = places.map((m) => m.name)
    concernsRows = (await readPublishedRows(join(dataDir, 'statistics'), 'concerns'))!
    periodRows = (await readPublishedRows(join(dataDir, 'statistics'), 'periods'))!
    disclosureRows = (await readPublishedRows(join(dataDir, 'statistics'), 'disclosure'))!
    file = join(dataDir, 'report.pdf')
    writeFileSync(file, await renderAnnualReport({ statisticsDir: join(dataDir, 'statistics'), year: YEAR, k: K, confidantName: 'Vertrouwenspersoon Testgemeenten', now: new Date(Date.UTC(2026, 0, 15)) }))
    council = await login(app, await createStaff(app, 'council', [gennep.id]))
    admin = await login(app, await createStaff(app, 'administrator', []))
  }, 240_000)

  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('is a tagged PDF/UA document in Dutch, with a title, bookmarks and every font embedded', async () => {
    const info = await tool('pdfinfo', [file])
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(info).toMatch(/^Title:\s+Jaarverslag 2025 vertrouwenspersoon sociaal domein – alle gemeenten$/m)
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m)
    const [header, , ...fonts] = (await tool('pdffonts', [file])).trimEnd().split('\n')
    expect(fonts.length).toBeGreaterThanOrEqual(2)
    const emb = header!.indexOf('emb')
    for (const font of fonts) expect(font.slice(emb, emb + 3), font).toBe('yes')
    expect(fonts.join('\n')).not.toMatch(/Helvetica|Times|Courier/)

    const objects = pdfObjects(file)
    const catalog = objects.find((o) => o.body.includes('/Type /Catalog'))!.body
    expect(catalog).toContain('/Lang (nl-NL)')
    expect(catalog).toContain('/StructTreeRoot')
    expect(catalog).toContain('/Outlines')
    expect(readFileSync(file).toString('latin1')).toContain('<pdfuaid:part>1</pdfuaid:part>')
    const types = objects.flatMap((o) => [...o.body.matchAll(/\/S \/(\w+)/g)].map((m) => m[1]))
    for (const type of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure', 'TOC', 'TOCI', 'Link']) expect(types, type).toContain(type)
    // Header cells say what they head; every figure has its finding as alternative text.
    expect(objects.some((o) => o.body.includes('/S /TH') && o.body.includes('/Scope /Column'))).toBe(true)
    for (const figure of objects.filter((o) => o.body.includes('/S /Figure'))) expect(figure.body).toMatch(/\/Alt [(<]/)
    expect(objects.filter((o) => /\/Title [(<]/.test(o.body) && /\/Parent \d+ 0 R/.test(o.body)).length).toBeGreaterThanOrEqual(6)
  })

  it("holds the year's totals exactly as published, with the year before", async () => {
    const text = await pdfText(file)
    const total = (year: number | string, municipality = '*') => concernsRows.find((r) => r.year === String(year) && r.municipality === municipality && r.domain === '*')
    expect(text).toMatch(new RegExp(`Meldingen binnengekomen ${shown(total(YEAR))} ${shown(total(YEAR - 1))}`))
    expect(shown(total(YEAR))).not.toBe('–')
    for (const name of municipalities.filter((m) => total(YEAR, m))) expect(text).toMatch(new RegExp(`${name.replace(/[()]/g, '\\$&')} ${shown(total(YEAR, name))}`))
    expect(text).toContain('Vertrouwenspersoon: Vertrouwenspersoon Testgemeenten')
    expect(text).toContain('Schrijf besluiten over de Wmo in gewone taal.')
    expect(text).toContain('Alle brieven worden in 2025 herschreven.')
    expect(text).toContain('Maak het loket ook na vijf uur bereikbaar.')
    expect(text).toContain(`k = ${K}`)
    expect(text).toMatch(/Pagina 3 van \d+/)
  })

  it('holds no personal data and never a count below k beside a withheld one', async () => {
    const text = await pdfText(file)
    const info = await tool('pdfinfo', [file])
    for (const planted of PLANTED) {
      expect(text).not.toContain(planted)
      expect(info).not.toContain(planted)
    }
    for (const pattern of PERSONAL_DATA_PATTERNS) expect(text).not.toMatch(pattern)
    // The planted signals and recommendation are in the report, redacted.
    expect(text).toMatch(/Wat de gemeente deed: Gebeld met mevrouw \[NAAM\]/)
    expect(text).toMatch(/Bel mevrouw \[NAAM\]/)
    const isSmallCount = (token: string | undefined) => token !== undefined && /^\d+$/.test(token) && Number(token) >= 1 && Number(token) < K
    // A withheld value is never called small, and wherever the mark shows, the footnote explains it.
    expect(text.match(SMALL_WORDS)).toBeNull()
    if (/\s–\s*$/m.test(text)) expect(flat(text)).toContain(WITHHELD_FOOTNOTE)
    // Table rows "label, count, share": the count is withheld or at least k. (The methodology's table counts cells,
    // not people; signals are the confidant's findings about services, each published in the list, so their
    // statuses are counted as they are.)
    const signalStatuses = Object.values(SIGNAL_STATUS_LABELS.nl)
    for (const line of text.slice(0, text.lastIndexOf('Werkwijze en privacy')).split('\n')) {
      const row = /\s(\S+) (\d+(?:,\d)?%|–)\s*$/.exec(line)
      if (row && !signalStatuses.some((status) => line.includes(status))) expect(isSmallCount(row[1]), line).toBe(false)
    }
  })

  it('marks a partial year with its dates, and compares it with nothing', async () => {
    const partial = periodRows.find((row) => row.granularity === 'year' && row.partial === true)!
    expect(partial, 'the seeded store has a partial year (the running one)').toBeDefined()
    const file = join(dataDir, 'partial.pdf')
    writeFileSync(file, await renderAnnualReport({ statisticsDir: join(dataDir, 'statistics'), year: Number(partial.year), k: K, now: new Date(Date.UTC(2026, 0, 15)) }))
    const text = await pdfText(file)
    const label = `${partial.year} (${day(String(partial.first_day))} – ${day(String(partial.last_day))})`
    expect(flat(text)).toContain(`Kerncijfer ${label}`)
    expect(flat(text)).toContain(`We vergelijken niet met ${Number(partial.year) - 1}`)
    expect(text).not.toContain(`Verschil met ${Number(partial.year) - 1}`)
    expect(text.match(SMALL_WORDS)).toBeNull()
  })

  it('prints the information loss per table in the methodology, from the disclosure table', async () => {
    const methodology = (await pdfText(file)).split('Werkwijze en privacy').at(-1)!
    expect(methodology).toContain('Informatieverlies per tabel')
    expect(disclosureRows.length).toBeGreaterThanOrEqual(8)
    const share = (n: number) => new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(n)
    for (const row of disclosureRows)
      expect(methodology, String(row.table)).toContain(` ${nl(Number(row.cells))} ${nl(Number(row.withheld_cells))} ${nl(Number(row.withheld_concerns))} ${share(Number(row.withheld_share))}`)
    expect(flat(methodology)).toContain('Eén teken voor afgeschermd')
    expect(flat(methodology)).toContain('De totalen blijven staan')
  })

  it('has no blank page, and each chart is drawn inside its figure box', async () => {
    const pages = join(dataDir, 'pages')
    await tool('pdftoppm', ['-r', '40', '-gray', file, pages])
    const images = readdirSync(dataDir).filter((f) => f.startsWith('pages') && f.endsWith('.pgm')).sort()
    expect(images.length).toBeGreaterThanOrEqual(8)
    for (const image of images) expect(inkShare(readPgm(join(dataDir, image))), image).toBeGreaterThan(0.002)

    const objects = pdfObjects(file)
    const kids = /\/Kids \[([^\]]*)\]/.exec(objects.find((o) => o.body.includes('/Type /Pages'))!.body)![1]!.match(/\d+(?= 0 R)/g)!
    const figures = objects.filter((o) => o.body.includes('/S /Figure'))
    expect(figures.length).toBeGreaterThanOrEqual(6)
    const scale = 40 / 72
    for (const figure of figures) {
      const [x1, y1, x2, y2] = /\/BBox \[([^\]]+)\]/.exec(figure.body)![1]!.trim().split(/\s+/).map(Number) as [number, number, number, number]
      const page = kids.indexOf(/\/Pg (\d+) 0 R/.exec(figure.body)![1]!)
      const image = readPgm(join(dataDir, images[page]!))
      const box = { x1: x1 * scale, x2: x2 * scale, y1: image.height - y2 * scale, y2: image.height - y1 * scale }
      expect(inkShare(image, box), `figure on page ${page + 1}`).toBeGreaterThan(0.03)
    }
  })

  it('GET /reports/{year} gives the council a PDF, one municipality or all; anonymous only when statistics are public', async () => {
    const response = await council.request('GET', `/api/v1/reports/${YEAR}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain(`jaarverslag-${YEAR}.pdf`)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const fromApi = join(dataDir, 'api.pdf')
    writeFileSync(fromApi, bytes)
    expect(await tool('pdfinfo', [fromApi])).toMatch(/^Tagged:\s+yes$/m)

    const one = await council.request('GET', `/api/v1/reports/${YEAR}?municipality=Gennep`)
    expect(one.status).toBe(200)
    writeFileSync(fromApi, Buffer.from(await one.arrayBuffer()))
    const text = await pdfText(fromApi)
    expect(text).toContain('Gemeente Gennep')
    expect(text).toContain('Vertrouwenspersoon sociaal domein Gennep')

    expect((await fetch(`${app!.url}/api/v1/reports/${YEAR}`)).status).toBe(401)
    expect((await admin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: true })).status).toBe(200)
    try {
      const open = await fetch(`${app!.url}/api/v1/reports/${YEAR}`)
      expect(open.status).toBe(200)
      expect(open.headers.get('content-type')).toBe('application/pdf')
    } finally {
      await admin.request('PATCH', '/api/v1/admin/publication', { statisticsPublic: false })
    }
  })

  it('answers a problem: 400 for a bad year or parameter, 404 for a year or municipality without figures', async () => {
    for (const [path, status] of [
      [`/api/v1/reports/twintig`, 400],
      [`/api/v1/reports/1999`, 400],
      [`/api/v1/reports/${YEAR}?gemeente=Gennep`, 400],
      [`/api/v1/reports/2031`, 404],
      [`/api/v1/reports/${YEAR}?municipality=Nergenshuizen`, 404],
    ] as const) {
      const response = await council.request('GET', path)
      expect(response.status, path).toBe(status)
      expect(response.headers.get('content-type'), path).toContain('application/problem+json')
    }
  })

  it('klankbord report writes the file; with the store in use it leaves out the name, without it reads the name', async () => {
    const busy = join(dataDir, 'cli-busy.pdf')
    const whileServed = await runCli(['report', '--year', String(YEAR), '--out', busy], { KLANKBORD_DATA_DIR: dataDir, KLANKBORD_MIN_CELL: String(K) })
    expect(whileServed.code, whileServed.stderr).toBe(0)
    expect(whileServed.stdout).toContain(busy)
    expect(await tool('pdfinfo', [busy])).toMatch(/^Tagged:\s+yes$/m)

    await app!.close()
    app = undefined
    const named = join(dataDir, 'cli-gennep.pdf')
    const direct = await runCli(['report', '--year', String(YEAR), '--municipality', 'Gennep', '--out', named], { KLANKBORD_DATA_DIR: dataDir, KLANKBORD_MIN_CELL: String(K) })
    expect(direct.code, direct.stderr).toBe(0)
    expect(existsSync(named)).toBe(true)
    expect(await pdfText(named)).toContain('Vertrouwenspersoon: Vertrouwenspersoon sociaal domein Gennep')
    const missing = await runCli(['report', '--year', '2031', '--out', join(dataDir, 'none.pdf')], { KLANKBORD_DATA_DIR: dataDir })
    expect(missing.code).toBe(1)
    expect(existsSync(join(dataDir, 'none.pdf'))).toBe(false)
  }, 60_000)
})

describe('the annual report before any statistics are published', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({ config: { proofOfWork: false, rateLimit: false, dataDir: mkdtempSync(join(tmpdir(), 'klankbord-report-empty-')) } })
  })
  afterAll(async () => {
    await app.close()
    rmSync(app.deps.config.dataDir, { recursive: true, force: true })
  })

  it('is a 404 problem that says to run the pipeline first', async () => {
    const council = await login(app, await createStaff(app, 'council', []))
    const response = await council.request('GET', `/api/v1/reports/${YEAR}`)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { detail: string }).detail).toMatch(/pipeline/)
  })
})

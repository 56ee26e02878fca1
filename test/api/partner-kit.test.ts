import { createHash } from 'node:crypto'
import { POSTER_TEXTS, fillPosterText, type Municipality, type Partner, type PartnerKit, type Problem } from '@klankbord/contract'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { municipalitiesTable } from '../../api/src/db/schema/index.js'
import { pdfFile, pdfInfo, pdfStrings, pdfText, readQrCodes } from '../support/pdf.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const A4 = '595.28 x 841.89 pts (A4)'
// 105 × 148 mm; pdfinfo names only A4 and Letter.
const A6 = '297.64 x 419.53 pts'

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`partner kit on ${store.kind}`, () => {
    let app: TestApp
    let admin: Session
    let municipality: Municipality
    let partner: Partner

    beforeAll(async () => {
      app = await startTestApp({ store: await store.open() })
      admin = await login(app, await createStaff(app, 'administrator', []))
      municipality = ((await (await admin.request('GET', '/api/v1/admin/municipalities')).json()) as { items: Municipality[] }).items[0]!
      const created = await admin.request('POST', '/api/v1/admin/partners', { municipalityId: municipality.id, name: 'Wijkteam De Brug', kind: 'neighbourhood-team', key: 'wijkteam-de-brug', allowedOrigins: ['https://www.wijkteam.example'] })
      expect(created.status).toBe(201)
      partner = (await created.json()) as Partner
    })
    afterAll(() => app?.close())

    const kitOf = async (id: string) => admin.request('GET', `/api/v1/admin/partners/${id}/kit`)
    const poster = (query: string) => admin.request('GET', `/api/v1/admin/partners/${partner.id}/poster${query}`)

    it('serves the widget at a versioned, immutable URL whose SRI hash is the hash of what it serves; the old URL still works', async () => {
      const kit = (await (await kitOf(partner.id)).json()) as PartnerKit
      expect(kit.widget.scriptUrl).toBe(`${app.url}/widget/${kit.widget.version}/klankbord.js`)
      const versioned = await fetch(kit.widget.scriptUrl)
      expect(versioned.status).toBe(200)
      expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(versioned.headers.get('access-control-allow-origin')).toBe('*')
      const body = Buffer.from(await versioned.arrayBuffer())
      expect(kit.widget.integrity).toBe(`sha384-${createHash('sha384').update(body).digest('base64')}`)
      const old = await fetch(`${app.url}/widget/v1/klankbord.js`)
      expect(old.status).toBe(200)
      expect(Buffer.from(await old.arrayBuffer()).equals(body)).toBe(true)
      expect(old.headers.get('cache-control')).toBe('public, max-age=300')

      // The lazy chunks are reachable under the same version, as the entry imports them relative to itself.
      const chunk = /["'(]\.\/([\w-]+\.js)["')]/.exec(body.toString('utf8'))?.[1]
      expect(chunk, 'the entry imports a chunk').toBeTruthy()
      expect((await fetch(`${app.url}/widget/${kit.widget.version}/${chunk}`)).status).toBe(200)

      const stale = await fetch(`${app.url}/widget/0.0.1-000000000000/klankbord.js`)
      expect(stale.status).toBe(404)
      expect(stale.headers.get('content-type')).toBe('application/problem+json')
    })

    it('gives the embed code with the versioned script, integrity and crossorigin, inline and as a launcher', async () => {
      const kit = (await (await kitOf(partner.id)).json()) as PartnerKit
      const script = `<script type="module" src="${kit.widget.scriptUrl}" integrity="${kit.widget.integrity}" crossorigin="anonymous"></script>`
      expect(kit.inlineSnippet).toBe(`${script}\n<klankbord-widget partner="wijkteam-de-brug"></klankbord-widget>`)
      expect(kit.launcherSnippet).toBe(`${script}\n<klankbord-widget partner="wijkteam-de-brug" mode="launcher"></klankbord-widget>`)
      expect(kit.posterUrl).toBe(`${app.url}/meld?partner=wijkteam-de-brug&channel=poster`)
      expect(kit.previewUrl).toBe('/preview?partner=wijkteam-de-brug')
    })

    it('serves the preview page with the same script and integrity, frameable only by its own origin', async () => {
      const kit = (await (await kitOf(partner.id)).json()) as PartnerKit
      const page = await fetch(`${app.url}${kit.previewUrl}`)
      expect(page.status).toBe(200)
      const html = await page.text()
      expect(html).toContain(`src="/widget/${kit.widget.version}/klankbord.js" integrity="${kit.widget.integrity}" crossorigin="anonymous"`)
      expect(html).toContain('<klankbord-widget partner="wijkteam-de-brug" mode="inline">')
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self';")
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      // Every other page stays unframeable.
      expect((await fetch(`${app.url}/volg`)).headers.get('x-frame-options')).toBe('DENY')
      expect((await fetch(`${app.url}/volg`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'")

      for (const [query, status] of [['?partner=bestaat-niet', 404], ['?partner=%3Cscript%3E', 404], ['', 404], ['?partner=wijkteam-de-brug&mode=popup', 400]] as const) {
        const refused = await fetch(`${app.url}/preview${query}`)
        expect(refused.status, query).toBe(status)
        expect(refused.headers.get('content-type')).toBe('application/problem+json')
      }
    })

    it('makes the A4 poster a tagged PDF in Dutch and Polish with the QR code, phone, walk-in hours and independence', async () => {
      const response = await poster('?language=pl&format=a4')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="poster-wijkteam-de-brug-nl-pl.pdf"')
      const bytes = new Uint8Array(await response.arrayBuffer())
      const { file, done } = pdfFile(bytes)
      try {
        const info = await pdfInfo(file)
        expect(info).toMatchObject({ Tagged: 'yes', Pages: '1', 'Page size': A4 })
        expect(info.Title).toBe(`${POSTER_TEXTS.nl.title} – Wijkteam De Brug`)
        expect(pdfStrings(bytes, '/Lang')).toEqual(expect.arrayContaining(['nl-NL', 'nl', 'pl']))
        const target = `${app.url}/meld?partner=wijkteam-de-brug&channel=poster`
        expect(pdfStrings(bytes, '/Alt')).toEqual([fillPosterText(POSTER_TEXTS.nl.qrAlt, { url: target })])
        expect(await readQrCodes(file)).toEqual([target])

        const text = await pdfText(file)
        const values = { confidant: municipality.settings.confidantName, municipality: municipality.name, partner: 'Wijkteam De Brug', phone: municipality.settings.confidantPhone }
        for (const language of ['nl', 'pl'] as const) {
          expect(text).toContain(fillPosterText(POSTER_TEXTS[language].goesTo, values))
          expect(text).toContain(fillPosterText(POSTER_TEXTS[language].notToPartner, values))
          expect(text).toContain(fillPosterText(POSTER_TEXTS[language].call, values))
        }
        expect(text).toContain(municipality.settings.walkInHours)
        expect(text).toContain(target)
      } finally {
        done()
      }
    })

    it('makes the A6 flyer with one side per language, each with its QR code; Arabic carries its text in reading order', async () => {
      const bytes = new Uint8Array(await (await poster('?language=ar&format=a6')).arrayBuffer())
      const { file, done } = pdfFile(bytes)
      try {
        expect(await pdfInfo(file)).toMatchObject({ Tagged: 'yes', Pages: '2', 'Page size': A6 })
        const target = `${app.url}/meld?partner=wijkteam-de-brug&channel=poster`
        expect(await readQrCodes(file)).toEqual([target, target])
        const arabic = pdfStrings(bytes, '/ActualText').join(' ')
        expect(arabic).toContain('المستقل')
        expect(arabic).toContain(fillPosterText(POSTER_TEXTS.ar.notToPartner, { partner: 'Wijkteam De Brug' }))
        expect(pdfStrings(bytes, '/Lang')).toContain('ar')
      } finally {
        done()
      }
    })

    it('makes a Dutch-only poster when no language is chosen', async () => {
      const response = await poster('')
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="poster-wijkteam-de-brug-nl.pdf"')
      const bytes = new Uint8Array(await response.arrayBuffer())
      expect([...new Set(pdfStrings(bytes, '/Lang'))].sort()).toEqual(['nl', 'nl-NL'])
    })

    it('answers bad input with problem+json: unknown partner, unknown language, bad format, unknown parameter', async () => {
      for (const [path, status, name] of [
        [`/api/v1/admin/partners/par_bestaatniet/poster`, 404, undefined],
        [`/api/v1/admin/partners/par_bestaatniet/kit`, 404, undefined],
        [`/api/v1/admin/partners/${partner.id}/poster?language=de`, 400, 'language'],
        [`/api/v1/admin/partners/${partner.id}/poster?language=nl`, 400, 'language'],
        [`/api/v1/admin/partners/${partner.id}/poster?format=a5`, 400, 'format'],
        [`/api/v1/admin/partners/${partner.id}/poster?size=a4`, 400, 'size'],
      ] as const) {
        const response = await admin.request('GET', path, undefined, { 'Accept-Language': 'en' })
        expect(response.status, path).toBe(status)
        expect(response.headers.get('content-type')).toBe('application/problem+json')
        const problem = (await response.json()) as Problem & { invalidParams?: { name: string }[] }
        if (name) expect(problem.invalidParams?.map((p) => p.name)).toContain(name)
        else expect(problem.detail).toBe('This partner does not exist (any more).')
      }
    })

    it('leaves the walk-in hours out when the municipality has none, and says so nowhere else', async () => {
      await app.store.db.update(municipalitiesTable).set({ settings: { ...municipality.settings, walkInHours: '' } }).where(eq(municipalitiesTable.id, municipality.id))
      try {
        const { file, done } = pdfFile(new Uint8Array(await (await poster('?language=en')).arrayBuffer()))
        try {
          const text = await pdfText(file)
          expect(text).toContain(fillPosterText(POSTER_TEXTS.en.call, { phone: municipality.settings.confidantPhone }))
          expect(text).not.toContain(POSTER_TEXTS.nl.walkIn)
          expect(text).not.toContain(POSTER_TEXTS.en.walkIn)
        } finally {
          done()
        }
      } finally {
        await app.store.db.update(municipalitiesTable).set({ settings: municipality.settings }).where(eq(municipalitiesTable.id, municipality.id))
      }
    })

    it('is for administrators only', async () => {
      const confidant = await login(app, await createStaff(app, 'confidant', [municipality.id]))
      expect((await confidant.request('GET', `/api/v1/admin/partners/${partner.id}/poster`)).status).toBe(403)
      expect((await confidant.request('GET', `/api/v1/admin/partners/${partner.id}/kit`)).status).toBe(403)
      expect((await fetch(`${app.url}/api/v1/admin/partners/${partner.id}/poster`)).status).toBe(401)
    })
  })
}

import { PARTNER_KINDS, POSTER_LANGUAGES, type Municipality, type Partner, type PartnerKind } from '@klankbord/contract'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.js'
import { pdfFile, pdfStrings, pdfText } from '../support/pdf.js'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

/**
 * What a reader must see in each language, written here as a reader would check it (not taken from the code):
 * the concern goes to the municipality's independent confidant, and not to the partner whose site or poster it is.
 * On the municipality's own site the partner is the municipality: there the confidant does not work for the
 * department that decides.
 */
const SAYS: Record<'nl' | (typeof POSTER_LANGUAGES)[number], { independent: (m: string) => string; notPartner: (p: string) => string; notDepartment: string }> = {
  nl: { independent: (m) => `onafhankelijke vertrouwenspersoon van ${m}`, notPartner: (p) => `gaat niet naar ${p}`, notDepartment: 'werkt niet voor de afdeling die over uw zaak beslist' },
  en: { independent: (m) => `independent confidant of ${m}`, notPartner: (p) => `does not go to ${p}`, notDepartment: 'does not work for the department that decides' },
  pl: { independent: (m) => `niezależnego męża zaufania gminy ${m}`, notPartner: (p) => `nie trafia do: ${p}`, notDepartment: 'nie pracuje w dziale, który decyduje' },
  tr: { independent: (m) => `${m} belediyesinin bağımsız güven kişisi`, notPartner: (p) => `${p} kurumuna gitmez`, notDepartment: 'karar veren birimde çalışmaz' },
  ar: { independent: (m) => `المستقل لبلدية ${m}`, notPartner: (p) => `لا يذهب إلى ${p}`, notDepartment: 'لا يعمل في القسم الذي يقرّر' },
  uk: { independent: (m) => `незалежна довірена особа муніципалітету ${m}`, notPartner: (p) => `не отримає ${p}`, notDepartment: 'не працює у відділі, який вирішує' },
}
const LANGUAGES = ['nl', ...POSTER_LANGUAGES] as const

function expectIndependence(text: string, language: keyof typeof SAYS, kind: PartnerKind, partner: string, municipality: string, where: string): void {
  const says = SAYS[language]
  expect(text, `${where}: independent confidant`).toContain(says.independent(municipality))
  expect(text, `${where}: not the partner`).toContain(kind === 'municipality' ? says.notDepartment : says.notPartner(partner))
}

describe('independence is visible for every partner kind in every language', () => {
  let app: TestApp
  let admin: Session
  let browser: Browser
  let municipality: Municipality
  const partners = new Map<PartnerKind, Partner>()

  beforeAll(async () => {
    app = await startTestApp()
    browser = await launchChromium()
    admin = await login(app, await createStaff(app, 'administrator', []))
    municipality = ((await (await admin.request('GET', '/api/v1/admin/municipalities')).json()) as { items: Municipality[] }).items[0]!
    for (const kind of PARTNER_KINDS) {
      const name = { municipality: 'Gemeente Onafhankelijk', 'care-provider': 'Zorggroep Eikenhof', 'neighbourhood-team': 'Wijkteam Oost', other: 'Bibliotheek Maasland' }[kind]
      const response = await admin.request('POST', '/api/v1/admin/partners', { municipalityId: municipality.id, name, kind, key: `kind-${kind}`, allowedOrigins: [app.url] })
      expect(response.status).toBe(201)
      partners.set(kind, (await response.json()) as Partner)
    }
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  it.each(LANGUAGES)('the widget says so in %s on the site of each partner kind (Chromium)', async (language) => {
    const context = await browser.newContext({ locale: language })
    try {
      for (const kind of PARTNER_KINDS) {
        const partner = partners.get(kind)!
        const page = await context.newPage()
        await page.goto(`${app.url}/preview?partner=${partner.key}`)
        const notice = page.locator('klankbord-widget [part="notice"]')
        await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1)
        await expect.poll(() => notice.innerText(), { timeout: 15_000 }).toContain(SAYS[language].independent(municipality.name))
        expectIndependence((await notice.innerText()).replace(/\s+/g, ' '), language, kind, partner.name, municipality.name, `widget, ${kind}, ${language}`)
        await page.close()
      }
    } finally {
      await context.close()
    }
  }, 120_000)

  it.each(POSTER_LANGUAGES)('the poster says so in Dutch and %s for each partner kind (pdftotext; Arabic from its ActualText)', async (language) => {
    for (const kind of PARTNER_KINDS) {
      const partner = partners.get(kind)!
      const response = await admin.request('GET', `/api/v1/admin/partners/${partner.id}/poster?language=${language}&format=a4`)
      expect(response.status).toBe(200)
      const bytes = new Uint8Array(await response.arrayBuffer())
      const { file, done } = pdfFile(bytes)
      try {
        const text = await pdfText(file)
        expectIndependence(text, 'nl', kind, partner.name, municipality.name, `poster, ${kind}, nl`)
        // poppler orders the letters of right-to-left text as it sees them drawn; the ActualText is the reading order.
        const second = language === 'ar' ? pdfStrings(bytes, '/ActualText').join(' ') : text
        expectIndependence(second, language, kind, partner.name, municipality.name, `poster, ${kind}, ${language}`)
      } finally {
        done()
      }
    }
  }, 120_000)
})

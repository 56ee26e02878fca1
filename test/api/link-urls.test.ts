import type { Problem } from '@klankbord/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaff, login, type Session } from '../support/staff.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

let app: TestApp
let admin: Session

beforeAll(async () => {
  app = await startTestApp({ config: { proofOfWork: false, rateLimit: false } })
  admin = await login(app, await createStaff(app, 'administrator', []))
})
afterAll(() => app.close())

const SAFE = 'https://www.example.nl/privacy'

/** The municipality's links residents follow: the privacy statement, and after closing the complaint procedure and the ombudsman. */
const LINK_FIELDS = {
  'settings.privacyStatementUrl': (url: string) => ({ privacyStatementUrl: url }),
  'settings.complaintProcedureUrl': (url: string) => ({ privacyStatementUrl: SAFE, complaintProcedureUrl: url }),
  'settings.ombudsman.url': (url: string) => ({ privacyStatementUrl: SAFE, ombudsman: { name: 'Ombudsman Voorbeeld', url } }),
} as const

const municipality = (links: Record<string, unknown>) => ({
  name: `Gemeente ${Math.random().toString(36).slice(2, 8)}`,
  retentionMonths: 24,
  settings: { confidantName: 'Vertrouwenspersoon', confidantPhone: '020 1234567', walkInHours: 'Dinsdag', firstContactWorkingDays: 2, ...links },
})

describe.each(Object.entries(LINK_FIELDS))("a municipality's link %s", (field, links) => {
  it.each(['javascript:alert(document.domain)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://www.example.nl/privacy', 'ftp://example.nl/privacy', 'vbscript:msgbox(1)'])(
    'refuses %s with a 400 naming the field',
    async (url) => {
      for (const response of [await admin.request('POST', '/api/v1/admin/municipalities', municipality(links(url))), await admin.request('PATCH', '/api/v1/admin/municipalities/mun_bestaat_niet', municipality(links(url)))]) {
        expect(response.status).toBe(400)
        const problem = (await response.json()) as Problem
        expect(problem.invalidParams).toEqual([expect.objectContaining({ name: field, code: 'unsafe-link', reason: expect.stringMatching(/https:\/\//) })])
      }
    },
  )

  it('takes https, and http on this machine for the demo', async () => {
    for (const url of ['https://www.example.nl/privacy', 'http://localhost:3000/privacy', 'http://127.0.0.1:3000/privacy']) {
      const response = await admin.request('POST', '/api/v1/admin/municipalities', municipality(links(url)))
      expect(response.status, url).toBe(201)
    }
  })
})

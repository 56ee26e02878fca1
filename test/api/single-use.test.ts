import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../../api/src/security/totp.js'
import { systemContext } from '../../api/src/services/shared/service-context.js'
import { createUser } from '../../api/src/services/users/create-user.js'
import { concernBody, solvedPow } from '../support/concern-body.js'
import { sendTogether, type RawRequest } from '../support/send-together.js'
import { createStaff, postJson } from '../support/staff.js'
import { countRows, STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const problemType = (body: string) => (JSON.parse(body) as { type: string }).type.replace('urn:klankbord:problem:', '')
const login = (body: Record<string, unknown>, address?: string): RawRequest => ({ method: 'POST', path: '/api/v1/auth/login', body, headers: address ? { 'X-Forwarded-For': address } : {} })

// Issue 14, findings 1–4 and 8: whatever may be used once is spent in one statement in the store, so requests sent
// truly at once (own connections, a barrier) cannot use it twice. Run on PGlite and on PostgreSQL.
for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`single-use secrets under concurrency on ${store.kind}`, () => {
    let app: TestApp
    let municipalityId: string

    beforeAll(async () => {
      app = await startTestApp({ store: await store.open(), config: { proofOfWork: true, powDifficulty: 2, rateLimit: true, trustProxy: true }, rateLimits: { setup: { limit: 1000, windowMs: 60_000 }, login: { limit: 1000, windowMs: 60_000 }, intake: { limit: 1000, windowMs: 60_000 } } })
      municipalityId = (await app.deps.store.db.query.municipalitiesTable.findFirst())!.id
    })
    afterAll(() => app.close())

    it('a TOTP code sent in four logins at once gives one session', async () => {
      const staff = await createStaff(app, 'confidant', [municipalityId])
      app.clock.advance(30_000)
      const code = currentTotp(staff.totpSecret!, app.deps.now().getTime())
      const answers = await sendTogether(app.url, Array.from({ length: 4 }, () => login({ email: staff.email, password: staff.password, code }, '10.1.0.1')))
      expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401, 401])
    })

    it('twelve wrong passwords and the right one at once: the waiting starts within the burst and the right one is not let through after it', async () => {
      const staff = await createStaff(app, 'confidant', [municipalityId])
      app.clock.advance(30_000)
      const code = currentTotp(staff.totpSecret!, app.deps.now().getTime())
      const wrong = Array.from({ length: 12 }, () => login({ email: staff.email, password: 'fout fout fout fout', code }, '10.2.0.1'))
      const answers = await sendTogether(app.url, [...wrong, login({ email: staff.email, password: staff.password, code }, '10.2.0.1')])
      const checked = answers.filter((a) => a.status !== 429)
      // Five free attempts and the one that starts the waiting were checked; the other seven were refused unread.
      expect(checked.length).toBe(6)
      for (const refused of answers.filter((a) => a.status === 429)) {
        expect(problemType(refused.body)).toBe('rate-limited')
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
      }
      // While it waits, the right password from that address is refused too.
      const [after] = await sendTogether(app.url, [login({ email: staff.email, password: staff.password, code }, '10.2.0.1')])
      expect(after!.status).toBe(429)
    })

    it('someone guessing from elsewhere cannot shut the confidant out, and an unknown account answers the same', async () => {
      const staff = await createStaff(app, 'confidant', [municipalityId])
      const statuses = async (email: string, address: string) => {
        const result: number[] = []
        for (let i = 0; i < 8; i++) result.push((await sendTogether(app.url, [login({ email, password: 'fout fout fout fout' }, address)]))[0]!.status)
        return result
      }
      const existing = await statuses(staff.email, '10.3.0.66')
      const unknown = await statuses('niemand.hier@example.nl', '10.3.0.67')
      expect(existing).toEqual([401, 401, 401, 401, 401, 401, 429, 429])
      expect(unknown).toEqual(existing)
      app.clock.advance(30_000)
      const code = currentTotp(staff.totpSecret!, app.deps.now().getTime())
      const own = await sendTogether(app.url, [login({ email: staff.email, password: staff.password, code }, '10.3.0.7')])
      expect(own[0]!.status).toBe(200)
    })

    it('one proof-of-work solution sent six times at once stores one concern', async () => {
      const pow = await solvedPow(app.url)
      const before = await countRows(app.store, 'concerns')
      const answers = await sendTogether(
        app.url,
        Array.from({ length: 6 }, (_, i) => ({ method: 'POST', path: '/api/v1/concerns', body: concernBody({ pow, description: `Poging ${i} met dezelfde oplossing voor de controle.` }), headers: { Origin: app.origin } })),
      )
      expect(answers.map((a) => a.status).sort()).toEqual([201, 400, 400, 400, 400, 400])
      for (const refused of answers.filter((a) => a.status === 400)) expect(problemType(refused.body)).toBe('pow-failed')
      expect(await countRows(app.store, 'concerns')).toBe(before + 1)
    })

    it('one setup link finished three times at once sets up the account once', async () => {
      const { row, token } = await createUser(systemContext(app.deps), { email: `eenmalig.${store.kind}@example.nl`, name: 'Eenmalig', role: 'confidant', municipalityIds: [municipalityId] })
      const start = (await (await postJson(app, '/api/v1/auth/setup/start', { token })).json()) as { totpSecret: string }
      const code = currentTotp(start.totpSecret, app.deps.now().getTime())
      const answers = await sendTogether(
        app.url,
        ['eerste lange zin als wachtwoord', 'tweede lange zin als wachtwoord', 'derde lange zin als wachtwoord'].map((password) => ({ method: 'POST', path: '/api/v1/auth/setup/finish', body: { token, password, code } })),
      )
      expect(answers.map((a) => a.status).sort()).toEqual([200, 400, 400])
      for (const refused of answers.filter((a) => a.status !== 200)) expect(problemType(refused.body)).toBe('setup-link-invalid')
      const codes = await app.store.db.execute(`select count(*)::int as n from recovery_codes where user_id = '${row.id}'` as never)
      expect((codes as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(10)
    })
  })
}

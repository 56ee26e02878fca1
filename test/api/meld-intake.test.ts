import { LIMITS } from '@klankbord/contract/vocabulary'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { meldAnswers, meldBody, postMeld, shownCodes, startMeld } from '../support/meld-form.js'
import { sendTogether } from '../support/send-together.js'
import { countRows, STORE_KINDS } from '../support/stores.js'
import { startTestApp, type TestApp } from '../support/test-app.js'

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

async function concernRow(app: TestApp, reference: string) {
  const result = await app.store.db.execute(
    sql`select c.channel, c.locale, c.domain, c.kinds, c.on_behalf_of, c.contact_mode, p.key as partner from concerns c join partners p on p.id = c.partner_id where c.reference = ${reference}`,
  )
  return (result as unknown as { rows: Record<string, unknown>[] }).rows[0]
}

for (const store of STORE_KINDS) {
  describe.skipIf(!store.available())(`/meld, the intake without scripts, on ${store.kind}`, () => {
    let app: TestApp
    beforeAll(async () => {
      app = await startTestApp({ store: await store.open(), config: { rateLimit: false } })
    })
    afterAll(() => app?.close())

    it('stores the concern with the partner of the link and the poster channel, and shows reference and code once', async () => {
      const start = await startMeld(app.url, '?partner=demo-zorg&channel=poster&lang=nl')
      expect(start.response.status).toBe(200)
      expect(start.page).toContain('Uw melding gaat niet naar Zorggroep De Linde.')
      expect(start.envelope).toMatchObject({ partner: 'demo-zorg', channel: 'poster', lang: 'nl' })
      const response = await postMeld(app.url, meldBody(start.envelope, meldAnswers(), ['move', 'send']))
      expect(response.status).toBe(201)
      const { reference, code } = shownCodes(await response.text())
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/)
      expect(await concernRow(app, reference)).toMatchObject({
        partner: 'demo-zorg',
        channel: 'poster',
        locale: 'nl',
        domain: 'youth',
        kinds: ['agreements', 'treatment'],
        on_behalf_of: true,
        contact_mode: 'email',
      })
    })

    it('records the page itself as the channel without ?channel=poster (and for any other value), and the municipality without ?partner=', async () => {
      for (const search of ['?lang=en', '?partner=demo&channel=leaflet&lang=en']) {
        const start = await startMeld(app.url, search)
        expect(start.envelope).toMatchObject({ partner: 'demo', channel: 'no-script' })
        const response = await postMeld(app.url, meldBody(start.envelope, meldAnswers({ contactMode: 'none' }), ['move', 'send']))
        expect(response.status).toBe(201)
        // A resident writing in another language than Dutch is stored as English, as with the widget.
        expect(await concernRow(app, shownCodes(await response.text()).reference)).toMatchObject({ partner: 'demo', channel: 'no-script', locale: 'en', contact_mode: 'none' })
      }
    })

    it('stores a concern sent twice at the same moment (a double click) once, and shows both the same reference', async () => {
      const start = await startMeld(app.url, '?partner=demo&lang=nl')
      const before = await countRows(app.store, 'concerns')
      const body = meldBody(start.envelope, meldAnswers({ description: 'Twee keer op versturen gedrukt: de leerlingenvervoerder kwam niet.' }), ['move', 'send'])
      const [first, second] = await sendTogether(app.url, [
        { method: 'POST', path: '/meld', headers: FORM, body },
        { method: 'POST', path: '/meld', headers: FORM, body },
      ])
      expect([first!.status, second!.status]).toEqual([201, 201])
      expect(shownCodes(first!.body).reference).toMatch(/^KB-/)
      expect(shownCodes(second!.body)).toEqual(shownCodes(first!.body))
      expect(await countRows(app.store, 'concerns')).toBe(before + 1)
    })

    it('refuses a filled honeypot without storing anything, in the chosen language', async () => {
      const start = await startMeld(app.url, '?partner=demo&lang=tr')
      const before = await countRows(app.store, 'concerns')
      const response = await postMeld(app.url, meldBody(start.envelope, meldAnswers({ website: 'https://spam.example' }), ['move', 'send']))
      expect(response.status).toBe(400)
      const page = await response.text()
      expect(page).toContain('<html lang="tr" dir="ltr">')
      expect(page).toContain('Bildiriminiz gönderilmedi')
      expect(await countRows(app.store, 'concerns')).toBe(before)
    })

    it('sends the resident back to the page of the first wrong answer, keeping every answer in the form', async () => {
      const start = await startMeld(app.url, '?partner=demo&lang=nl')
      const answers = meldAnswers({ email: 'geen-adres', description: 'Mijn verhaal blijft staan, met "aanhalingstekens" & <tekens>.' })
      const response = await postMeld(app.url, meldBody(start.envelope, answers, ['move', 'send']))
      expect(response.status).toBe(400)
      const page = await response.text()
      expect(page).toContain('name="step" value="details"')
      expect(page).toMatch(/<a href="#email">Vul een goed e-mailadres in/)
      expect(page).toMatch(/<input id="email" name="email" type="email" value="geen-adres"[^>]* aria-invalid="true" aria-describedby="email-error"/)
      expect(page).toContain('name="description" value="Mijn verhaal blijft staan, met &quot;aanhalingstekens&quot; &amp; &lt;tekens&gt;."')
      for (const kind of ['agreements', 'treatment']) expect(page).toContain(`name="kinds" value="${kind}"`)
      expect(page).toContain('name="onBehalfOf" value="on"')
    })

    it('takes the longest story even in three-byte characters (typographic quotes, euro signs), which the form carries percent-encoded', async () => {
      const start = await startMeld(app.url, '?partner=demo&lang=uk')
      const story = '€’'.repeat(LIMITS.descriptionMax / 2)
      const body = meldBody(start.envelope, meldAnswers({ description: story }), ['move', 'send'])
      expect(body.length).toBeGreaterThan(LIMITS.bodyBytesMax)
      const response = await postMeld(app.url, body)
      expect(response.status).toBe(201)
      const { reference } = shownCodes(await response.text())
      expect(await concernRow(app, reference)).toMatchObject({ partner: 'demo', channel: 'no-script' })
    })

    it('brings the resident back to the review after changing an answer there, by way of a new question the change asks', async () => {
      const start = await startMeld(app.url, '?partner=demo&lang=nl')
      const answers = meldAnswers({ contactMode: 'none', email: '' })
      const change = await postMeld(app.url, meldBody(start.envelope, answers, ['goTo', 'contact']))
      const contactPage = await change.text()
      expect(contactPage).toContain('name="step" value="contact"')
      expect(contactPage).toContain('name="returnTo" value="review"')
      expect(contactPage).toMatch(/<button type="submit" class="primary" name="move" value="next">Terug naar controleren<\/button>/)
      const chosen = { ...answers, contactMode: 'email' }
      const details = await (await postMeld(app.url, meldBody({ ...start.envelope, step: 'contact' }, chosen, ['returnTo', 'review']).concat('&move=next'))).text()
      expect(details).toContain('name="step" value="details"')
      const back = await (await postMeld(app.url, meldBody({ ...start.envelope, step: 'details' }, { ...chosen, email: 'terug@example.nl' }, ['returnTo', 'review']).concat('&move=next'))).text()
      expect(back).toContain('name="step" value="review"')
      expect(back).toContain('terug@example.nl')
    })

    it('shows the end page again in another language for reference and code, posted, and refuses a wrong code', async () => {
      const start = await startMeld(app.url, '?partner=demo-zorg&lang=nl')
      const endPage = await (await postMeld(app.url, meldBody(start.envelope, meldAnswers(), ['move', 'send']))).text()
      const { reference, code } = shownCodes(endPage)
      expect(endPage).toContain('<form method="post" action="/meld/verstuurd">')
      const again = (switchTo: string, followUpCode: string) =>
        fetch(`${app.url}/meld/verstuurd`, { method: 'POST', headers: FORM, body: new URLSearchParams({ partner: 'demo-zorg', reference, code: followUpCode, switchTo }) })
      const arabic = await again('ar', code)
      expect(arabic.status).toBe(200)
      const page = await arabic.text()
      expect(page).toContain('<html lang="ar" dir="rtl">')
      expect(shownCodes(page)).toEqual({ reference, code })
      const wrong = await again('ar', code.replace(/^.{4}/, code.startsWith('ZZZZ') ? 'YYYY' : 'ZZZZ'))
      expect(wrong.status).toBe(400)
      expect(await wrong.text()).not.toContain(reference)
    })

    it('says a link with an unknown partner does not work (404), and starts a broken form again (400)', async () => {
      const unknown = await fetch(`${app.url}/meld?partner=bestaat-niet&lang=uk`)
      expect(unknown.status).toBe(404)
      expect(await unknown.text()).toContain('Це посилання не працює')
      const broken = await postMeld(app.url, 'partner=demo&channel=widget-inline&key=short&step=review&move=send&lang=nl')
      expect(broken.status).toBe(400)
      expect(await broken.text()).toContain('Het formulier kwam niet goed bij ons aan.')
    })
  })
}

describe('/meld counts concerns per address (in memory, shared with the JSON API)', () => {
  let app: TestApp
  beforeAll(async () => {
    app = await startTestApp({ config: { rateLimit: true }, rateLimits: { intake: { limit: 1, windowMs: 60 * 60 * 1000 } } })
  })
  afterAll(() => app?.close())

  it('answers a second concern within the hour with a 429 page in the chosen language that keeps the answers', async () => {
    const first = await startMeld(app.url, '?partner=demo&lang=pl')
    expect((await postMeld(app.url, meldBody(first.envelope, meldAnswers(), ['move', 'send']))).status).toBe(201)
    const second = await startMeld(app.url, '?partner=demo&lang=pl')
    const before = await countRows(app.store, 'concerns')
    const response = await postMeld(app.url, meldBody(second.envelope, meldAnswers({ name: 'Druga Osoba' }), ['move', 'send']))
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(3000)
    const page = await response.text()
    expect(page).toContain('<html lang="pl" dir="ltr">')
    expect(page).toMatch(/Wysyłasz za często. Spróbuj ponownie o \d\d:\d\d\./)
    expect(page).toContain('name="name" value="Druga Osoba"')
    expect(await countRows(app.store, 'concerns')).toBe(before)
  })
})

import { DOMAIN_LABELS } from '@klankbord/contract/labels'
import { DOMAINS } from '@klankbord/contract/vocabulary'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { meldAnswers, meldBody, postMeld, shownCodes, startMeld } from '../support/meld-form.js'
import { startTestApp, type TestApp } from '../support/test-app.js'
import { expectInOrder, w3mDump } from '../support/text-browser.js'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ config: { rateLimit: false } })
})
afterAll(() => app?.close())

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

describe('/meld and /volg without scripts in the text browser w3m', () => {
  it('reads the first page, a step with its error, the end page and the follow-up in order', async () => {
    const start = await startMeld(app.url, '?partner=demo-zorg&channel=poster&lang=nl')
    expectInOrder(await w3mDump(start.page), [
      'Direct naar de inhoud',
      'Onafhankelijke vertrouwenspersoon sociaal domein',
      'Nederlands',
      'Українська',
      'Niet tevreden? Vertel het de vertrouwenspersoon',
      'Uw melding gaat naar Vertrouwenspersoon sociaal domein Voorbeeld: de onafhankelijke vertrouwenspersoon van Gemeente Voorbeeld.',
      'Uw melding gaat niet naar Zorggroep De Linde.',
      'Start',
      'Deze pagina gebruikt geen cookies',
    ])

    const withError = await postMeld(app.url, meldBody({ ...start.envelope, step: 'domain' }, meldAnswers({ domain: '' }), ['move', 'next']))
    expectInOrder(await w3mDump(await withError.text()), [
      'Verbeter dit eerst',
      'Kies waar het over gaat.',
      'Stap 1 van 6 Waar gaat het over?',
      'Kies wat het beste past.',
      'Fout: Kies waar het over gaat.',
      ...DOMAINS.map((code) => DOMAIN_LABELS.nl[code]),
      'Volgende',
      'Vorige',
    ])

    const sent = await postMeld(app.url, meldBody(start.envelope, meldAnswers({ contactMode: 'none' }), ['move', 'send']))
    const endPage = await sent.text()
    const { reference, code } = shownCodes(endPage)
    expectInOrder(await w3mDump(endPage), [
      'Uw melding is verstuurd',
      'Uw kenmerk',
      reference,
      'Uw persoonlijke code',
      code,
      'Bewaar deze code goed en geef hem aan niemand.',
      'Wat gebeurt er nu?',
      'U blijft anoniem.',
      'Liever praten? Bel 0485 - 12 34 56.',
      'Uw melding later bekijken',
      `Ga naar ${app.url}/volg. Vul daar uw kenmerk en uw code in.`,
      'Bekijk uw melding',
    ])

    const lookup = await (await fetch(`${app.url}/volg/zonder-script?lang=nl`)).text()
    expectInOrder(await w3mDump(lookup), ['Uw melding volgen', 'Bekijk uw melding', 'Uw kenmerk', 'Bijvoorbeeld KB-7Q4M-X2PD.', 'Uw persoonlijke code', 'Bekijk mijn melding'])
    const concern = await fetch(`${app.url}/volg/zonder-script`, { method: 'POST', headers: FORM, body: new URLSearchParams({ lang: 'nl', reference, code }) })
    expect(concern.status).toBe(200)
    expectInOrder(await w3mDump(await concern.text()), [
      'Uw melding',
      'Kenmerk',
      reference,
      'Waar staat uw melding nu?',
      'Gemeld op',
      'Eerste contact',
      'In behandeling',
      'Afgesloten',
      'Berichten',
      'Er zijn nog geen berichten.',
      'Antwoord sturen',
      'Een andere melding bekijken',
    ])
  })

  it('reads the Arabic end page, right to left in the markup, with reference and code as they are', async () => {
    const start = await startMeld(app.url, '?partner=demo&lang=ar')
    const sent = await postMeld(app.url, meldBody(start.envelope, meldAnswers(), ['move', 'send']))
    const page = await sent.text()
    expect(page).toContain('<html lang="ar" dir="rtl">')
    const { reference, code } = shownCodes(page)
    expectInOrder(await w3mDump(page), ['تم إرسال بلاغك', reference, code])
  })
})

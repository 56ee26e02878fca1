import type { PartnerInfo, PosterFormat, PosterLanguage } from '@klankbord/contract'
import { renderPoster } from '@klankbord/dashboard/poster'
import { kb, ms, type Row } from './table.js'

const RUNS = 5
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const INFO: PartnerInfo = {
  partner: { name: 'Zorggroep De Linde', kind: 'care-provider' },
  municipality: {
    name: 'Voorbeeld',
    confidantName: 'Vertrouwenspersoon sociaal domein Voorbeeld',
    confidantPhone: '0485 - 12 34 56',
    walkInHours: 'Dinsdag 9.00 tot 12.00 uur in het gemeentehuis, donderdag 13.00 tot 16.00 uur in de bibliotheek',
    privacyStatementUrl: 'https://www.voorbeeld.nl/privacy',
    firstContactWorkingDays: 5,
  },
}

/** The partner kit's poster and flyer: the first (fonts cold) and the median warm render, and the file's size. */
export async function posterRows(): Promise<Row[]> {
  const rows: Row[] = []
  for (const [format, language] of [['a4', 'ar'], ['a6', 'uk']] as [PosterFormat, PosterLanguage][]) {
    const render = () => renderPoster({ info: INFO, format, language, targetUrl: 'https://klankbord.voorbeeld.nl/meld?partner=demo-zorg&channel=poster' })
    let started = performance.now()
    const first = await render()
    const cold = performance.now() - started
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) {
      started = performance.now()
      await render()
      warm.push(performance.now() - started)
    }
    const what = format === 'a4' ? `poster A4, Dutch and ${language}` : `flyer A6, Dutch and ${language}`
    rows.push({ measure: `${what}: render`, value: ms(median(warm)), note: `median of ${RUNS} warm; first ${ms(cold)}` }, { measure: `${what}: size`, value: kb(first.length), note: 'tagged PDF, fonts subset' })
  }
  return rows
}

import { POSTER_FORMATS, POSTER_LANGUAGES, POSTER_TEXTS, fillPosterText, type PartnerInfo } from '@klankbord/contract'
import { renderPoster, qrModules } from '@klankbord/dashboard/poster'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { pdfFile, pdfInfo, pdfStrings, readQrCodes } from '../support/pdf.js'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
const TARGET = 'https://klankbord.gennep.nl/meld?partner=stichting-maatschappelijke-dienstverlening-noord&channel=poster'
const LONG_HOURS =
  'Dinsdag 9.00 tot 12.00 uur in het gemeentehuis aan de Markt, donderdag 13.00 tot 16.00 uur in de bibliotheek van Ottersum, vrijdag 9.00 tot 11.00 uur in het dorpshuis van Heijen, en op afspraak bij u thuis als u niet goed ter been bent.'
const INFO: PartnerInfo = {
  partner: { name: 'Stichting Maatschappelijke Dienstverlening Noord-Limburg en Omstreken', kind: 'care-provider' },
  municipality: { name: 'Gennep', confidantName: 'Onafhankelijke Vertrouwenspersoon Sociaal Domein Gennep', confidantPhone: '0485 49 41 41', walkInHours: LONG_HOURS, privacyStatementUrl: 'https://www.gennep.nl/privacy', firstContactWorkingDays: 5 },
}
const PAGE = { a4: { width: 595, height: 841, pages: 1 }, a6: { width: 297, height: 419, pages: 2 } }

/** The text inside the page's own box only: text drawn below the bottom would not be printed. */
const textOnPage = async (file: string, page: number, size: { width: number; height: number }) =>
  (await run('pdftotext', ['-f', String(page), '-l', String(page), '-r', '72', '-x', '0', '-y', '0', '-W', String(size.width), '-H', String(size.height), file, '-'])).stdout.replace(/\s+/g, ' ')

describe('the poster and flyer', () => {
  it('encode the QR code so that it reads back as the target, module for module', () => {
    const modules = qrModules(TARGET)
    expect(modules).toEqual(encode(TARGET, { ecc: 'M', border: 0 }).data)
    expect(modules.length).toBeGreaterThanOrEqual(21)
  })

  it.each(POSTER_FORMATS.flatMap((format) => POSTER_LANGUAGES.map((language) => [format, language] as const)))(
    '%s with %s keeps long names and walk-in hours on the page, smaller where needed',
    async (format, language) => {
      const pdf = await renderPoster({ info: INFO, language, format, targetUrl: TARGET })
      const { file, done } = pdfFile(pdf)
      try {
        const size = PAGE[format]
        expect(await pdfInfo(file)).toMatchObject({ Pages: String(size.pages), Tagged: 'yes' })
        expect(await readQrCodes(file)).toEqual(Array(size.pages).fill(TARGET))
        const lastPage = await textOnPage(file, size.pages, size)
        expect(lastPage).toContain(TARGET)
        expect(lastPage).toContain('in het dorpshuis van Heijen, en op afspraak bij u thuis als u niet goed ter been bent.')
        expect(await textOnPage(file, 1, size)).toContain(fillPosterText(POSTER_TEXTS.nl.notToPartner, { partner: INFO.partner.name }))
        expect(pdfStrings(pdf, '/Lang')).toContain(language)
      } finally {
        done()
      }
    },
    30_000,
  )
})

import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { POSTER_FORMATS, POSTER_LANGUAGES, posterTargetUrl, type PartnerInfo, type PosterFormat, type PosterLanguage } from '@klankbord/contract'
import { renderPoster } from '@klankbord/dashboard/poster'
import { loadConfig } from '../../config.js'
import { posterFileName } from '../../routes/admin/poster-file-name.js'
import { findPartner, toPartnerInfo } from '../../services/partners/find-partner.js'
import { parseCommandArgs, UsageError } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const POSTER_HELP = `Gebruik / Usage: klankbord poster --partner SLEUTEL [--language ${POSTER_LANGUAGES.join('|')}] [--format ${POSTER_FORMATS.join('|')}] [--out BESTAND.pdf] [--url URL]

Maakt een poster (A4) of flyer (A6, elke taal een kant) voor een partnerwebsite, als toegankelijke PDF: in het
Nederlands en eventueel één andere taal, met een QR-code naar de meldpagina, het telefoonnummer en het
inloopspreekuur van de vertrouwenspersoon, en dat de melding naar de onafhankelijke vertrouwenspersoon gaat,
niet naar de partner.
Makes a poster (A4) or flyer (A6, one side per language) for a partner site, as an accessible PDF: in Dutch and
optionally one other language, with a QR code to the intake page, the confidant's phone number and walk-in hours,
and that the concern goes to the independent confidant, not to the partner.

  --partner SLEUTEL  de sleutel van de partner / the partner's key (zie / see Beheer → Partnerwebsites)
  --language TAAL    tweede taal / second language: ${POSTER_LANGUAGES.join(', ')} (standaard / default: alleen Nederlands / Dutch only)
  --format FORMAAT   a4 (poster, standaard / default) of / or a6 (flyer)
  --out BESTAND      uitvoer / output (standaard / default: poster-SLEUTEL-nl[-TAAL].pdf)
  --url URL          openbaar adres van de server voor de QR-code / public address for the QR code
                     (standaard KLANKBORD_PUBLIC_URL, anders de draaiende server / default: the running server)`

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T | undefined): T | undefined {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name}: kies / choose ${allowed.join(', ')} (niet / not "${value}")`)
  return value as T
}

export async function posterCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { partner: { type: 'string' }, language: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, url: { type: 'string' } })
  if (values.help) {
    out.write(`${POSTER_HELP}\n`)
    return 0
  }
  if (!values.partner) throw new UsageError('--partner is nodig / is required')
  const language = oneOf<PosterLanguage>(values.language, POSTER_LANGUAGES, 'language', undefined)
  const format = oneOf<PosterFormat>(values.format, POSTER_FORMATS, 'format', 'a4')!
  if (values.url !== undefined && !/^https?:\/\/[^\s/]+/.test(values.url)) throw new UsageError('--url: een volledig adres / a full address, bijvoorbeeld / for example https://klankbord.gemeente.nl')
  const config = loadConfig()
  const key = values.partner
  const unknown = () => new UsageError(`--partner: er is geen partner met de sleutel "${key}" / there is no partner with the key "${key}"`)
  const { info, baseUrl } = await viaServerOrStore<{ info: PartnerInfo; baseUrl: string }>(
    config,
    async (lock) => ({ info: await callRunningServer(lock, 'getPartnerLocal', { params: { key } }), baseUrl: values.url ?? config.publicUrl ?? lock.controlUrl! }),
    async (context) => {
      const partner = await findPartner(context.store.db, key)
      if (!partner) throw unknown()
      return { info: toPartnerInfo(partner), baseUrl: values.url ?? config.publicUrl ?? `http://localhost:${config.port}` }
    },
  )
  const file = resolve(values.out ?? posterFileName(key, format, language))
  const pdf = await renderPoster({ info, language, format, targetUrl: posterTargetUrl(baseUrl, key), created: new Date() })
  await writeFile(file, pdf)
  out.write(`${format === 'a4' ? 'Poster' : 'Flyer'} ${info.partner.name}: ${file} (${Math.round(pdf.length / 1024)} KB)\nQR-code: ${posterTargetUrl(baseUrl, key)}\n`)
  return 0
}

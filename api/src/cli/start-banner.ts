import { API_ROOT, operationPath } from '@klankbord/contract/api-path'
import type { Config } from '../config.js'

export type BannerFacts = {
  url: string
  demo: boolean
  /** As the store holds it now: KLANKBORD_PUBLIC_STATISTICS or the administrator's switch in the inbox. */
  statisticsPublic: boolean
  hasUsers: boolean
}

const onOff = (on: boolean) => (on ? 'aan / on' : 'uit / off')

/** Where the data lives, without the password or anything else after the host and database name. */
export function describeStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`
  const url = new URL(config.databaseUrl)
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`
}

/** The lines `klankbord serve` prints once on stdout: where to go and the settings in force. After them it stays quiet. */
export function startBanner(config: Config, facts: BannerFacts): string {
  const { url } = facts
  const lines = [
    '',
    'Klankbord draait / is running',
    '',
    ...(facts.demo ? [`  Demo gemeente / municipality:   ${url}/`, `  Demo zorgaanbieder / provider:  ${url}/demo/zorgaanbieder.html`] : []),
    `  Inbox vertrouwenspersoon:       ${url}/inbox/`,
    `  Dashboard gemeenteraad:         ${url}/dashboard/`,
    `  Melding volgen / follow-up:     ${url}/volg`,
    `  Zonder JavaScript / no script:  ${url}/meld`,
    `  API:                            ${url}${API_ROOT}`,
    `  OpenAPI:                        ${url}${operationPath('getOpenApi')}`,
    `  Widget:                         ${url}/widget/v1/klankbord.js`,
    '',
    `  Opslag / store:                 ${describeStore(config)}`,
    `  Openbare cijfers / public statistics: ${onOff(facts.statisticsPublic)}`,
    `  E-mail aan inwoners / mail:     ${config.smtpUrl ? 'aan / on' : 'uit / off (geen KLANKBORD_SMTP_URL)'}`,
    `  Proof of work:                  ${config.proofOfWork ? `aan / on (moeilijkheid / difficulty ${config.powDifficulty})` : 'uit / off'}`,
    `  Rate limits:                    ${onOff(config.rateLimit)}`,
    `  Proxy vertrouwd / trusted:      ${onOff(config.trustProxy)}`,
    `  Logboek / log:                  JSON op stderr, LOG_LEVEL=${config.logLevel}${config.logLevel === 'debug' || config.logLevel === 'trace' ? ' (elk verzoek / every request)' : ''}`,
    '',
  ]
  if (!facts.hasUsers)
    lines.push(
      '  Nog geen accounts / no accounts yet. Maak de eerste beheerder / create the first administrator:',
      '    npx klankbord user add --email naam@voorbeeld.nl --role administrator',
      '',
    )
  if (config.databaseUrl && !config.secretKey)
    lines.push(
      `  LET OP / NOTE: de sleutel staat in ${config.dataDir}/klankbord.key. Meer servers op deze database? Geef ze allemaal dezelfde KLANKBORD_SECRET_KEY.`,
      '  The key is in the key file of this machine. More instances on this database? Give them all the same KLANKBORD_SECRET_KEY.',
    )
  if (!config.proofOfWork) lines.push('  LET OP / WARNING: proof-of-work staat UIT (KLANKBORD_POW=off). Alleen voor metingen, nooit in productie.')
  if (!config.rateLimit) lines.push('  LET OP / WARNING: rate limiting staat UIT (KLANKBORD_RATE_LIMIT=off). Alleen voor metingen, nooit in productie.')
  if (!config.durableFlush) lines.push('  LET OP / WARNING: flush naar schijf staat UIT (KLANKBORD_DURABLE_FLUSH=off): stroomuitval kan meldingen kosten.')
  lines.push('Stoppen / stop: Ctrl+C', '')
  return lines.join('\n')
}

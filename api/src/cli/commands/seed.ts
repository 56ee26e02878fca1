import { describeSeed, SEED_LIMITS } from '@klankbord/fixtures'
import { loadConfig } from '../../config.js'
import { loadSecretKey } from '../../security/secret-key.js'
import { seedStore, type SeedProgress, type SeedSummary } from '../../services/seed/seed-store.js'
import { activeLock, DataDirLockedError, type LockInfo } from '../../store/data-dir-lock.js'
import { openStore } from '../../store/open-store.js'
import { parseCommandArgs, parsePositiveInt, UsageError } from '../args.js'

export const SEED_HELP = `Gebruik / Usage: klankbord seed --concerns N [--municipalities M] [--years Y] [--seed S] [--start JJJJ-MM-DD]

Vult de opslag met verzonnen, realistische gegevens om mee te testen en te meten: gemeenten, partners,
vertrouwenspersonen (accounts zonder wachtwoord), meldingen met hun hele verloop, berichten en signalen.
De teksten bevatten expres verzonnen persoonsgegevens; alles wordt versleuteld opgeslagen zoals echte meldingen.
Dezelfde --seed en --start geven dezelfde gegevens. Nooit gebruiken op een opslag met echte meldingen.
Fills the store with made-up, realistic data for tests and measurements: municipalities, partner sites,
confidants (accounts without a password), concerns with their whole history, messages and signals. The texts
hold invented personal data on purpose; everything is encrypted like real concerns. The same --seed and --start
give the same data. Never use it on a store with real concerns.

  --concerns N        aantal meldingen / number of concerns (tot / up to ${SEED_LIMITS.concernsMax})
  --municipalities M  aantal gemeenten / number of municipalities (standaard / default 3)
  --years Y           jaren terug vanaf vandaag / years back from today (standaard / default 3)
  --seed S            startgetal / seed (standaard / default 1)
  --start DATUM       eerste dag / first day (standaard / default: vandaag min Y jaar / today minus Y years)

Draait de server op PGlite, stop die dan eerst: een miljoen meldingen gaan niet via HTTP.
When the server runs on PGlite, stop it first: a million concerns do not go through HTTP.`

/** Seeding a million rows must not go through the server's HTTP API, so a running server is a reason to stop. */
class ServerHoldsDataDirError extends DataDirLockedError {
  constructor(dataDir: string, holder: LockInfo) {
    super(dataDir, holder)
    this.message =
      `De server (proces ${holder.pid}) gebruikt de datamap ${dataDir}. Stop de server en start seed opnieuw.\n` +
      `The server (process ${holder.pid}) holds the data directory ${dataDir}. Stop it and run seed again.`
  }
}

/** Today minus `years` on the calendar, so the seeded period ends today. */
function defaultStart(today: Date, years: number): string {
  return `${today.getUTCFullYear() - years}${today.toISOString().slice(4, 10)}`
}

function progressLine(out: NodeJS.WritableStream & { isTTY?: boolean }) {
  if (!out.isTTY) return undefined
  let last = 0
  return (p: SeedProgress) => {
    if (p.seconds - last < 0.5 && p.concerns < p.total) return
    last = p.seconds
    const percent = Math.floor((p.concerns / p.total) * 100)
    out.write(`\r${p.concerns} / ${p.total} meldingen / concerns (${percent} %), ${Math.round(p.rows / Math.max(p.seconds, 0.001))} rijen/s / rows/s   `)
    if (p.concerns === p.total) out.write('\n')
  }
}

export function seedSummaryText(s: SeedSummary, peakRssKb: number): string {
  const seconds = Math.max(s.seconds, 0.001)
  const tables = Object.entries({
    concerns: s.rows.concerns,
    concern_contacts: s.rows.concernContacts,
    concern_texts: s.rows.concernTexts,
    concern_events: s.rows.concernEvents,
    concern_messages: s.rows.concernMessages,
    signals: s.rows.signals,
  })
  return [
    `Klaar / done: ${s.concerns} meldingen / concerns en / and ${s.signals} signalen / signals in ${s.municipalities.join(', ')}`,
    `Periode / period: ${s.period.start} t/m / to ${s.period.end} (exclusief / exclusive)`,
    `Rijen / rows: ${s.totalRows} (${tables.map(([t, n]) => `${t} ${n}`).join(', ')})`,
    `Nieuw / created: ${s.created.municipalities} gemeenten / municipalities, ${s.created.partners} partners, ${s.created.users} accounts (zonder wachtwoord / without password)`,
    `Tijd / time: ${s.seconds.toFixed(1)} s (${Math.round(s.concerns / seconds)} meldingen/s / concerns/s, ${Math.round(s.totalRows / seconds)} rijen/s / rows/s)`,
    `Piekgeheugen / peak memory: ${Math.round(peakRssKb / 1024)} MB`,
    '',
  ].join('\n')
}

export async function seedCommand(args: string[], out: NodeJS.WritableStream, now: Date = new Date()): Promise<number> {
  const { values } = parseCommandArgs(args, {
    concerns: { type: 'string' },
    municipalities: { type: 'string' },
    years: { type: 'string' },
    seed: { type: 'string' },
    start: { type: 'string' },
  })
  if (values.help) {
    out.write(`${SEED_HELP}\n`)
    return 0
  }
  if (values.concerns === undefined) throw new UsageError('--concerns is nodig / is required')
  const concerns = parsePositiveInt(values.concerns, 'concerns', 0, SEED_LIMITS.concernsMax)
  const years = parsePositiveInt(values.years, 'years', 3, SEED_LIMITS.yearsMax)
  const options = {
    concerns,
    years,
    municipalities: parsePositiveInt(values.municipalities, 'municipalities', 3, 100),
    seed: parsePositiveInt(values.seed, 'seed', 1, 2 ** 32 - 1),
    start: values.start ?? defaultStart(now, years),
  }
  let end: string
  try {
    end = describeSeed(options).options.end
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message)
    throw error
  }
  if (end > now.toISOString().slice(0, 10)) throw new UsageError('--start plus --years ligt in de toekomst / lies in the future')

  const config = loadConfig()
  const holder = config.databaseUrl ? undefined : activeLock(config.dataDir)
  if (holder?.controlUrl) throw new ServerHoldsDataDirError(config.dataDir, holder)
  const masterKey = loadSecretKey({ secretKey: config.secretKey, dataDir: config.dataDir })
  const store = await openStore(config)
  try {
    const summary = await seedStore({ store, masterKey, worker: true }, options, progressLine(out))
    out.write(seedSummaryText(summary, process.resourceUsage().maxRSS))
  } finally {
    await store.close()
  }
  return 0
}

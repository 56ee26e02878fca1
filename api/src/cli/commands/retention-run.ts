import { loadConfig } from '../../config.js'
import { jobLeaseOf } from '../../services/scheduling/job-lease-of.js'
import { runAsJob } from '../../services/scheduling/run-as-job.js'
import { runRetention, type RetentionResult } from '../../services/retention/run-retention.js'
import { parseCommandArgs } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const RETENTION_HELP = `Gebruik / Usage: klankbord retention run [--dry-run]

Wist de persoonsgegevens (contactgegevens, tekst, berichten, notities) van afgesloten meldingen
waarvan de bewaartermijn van de gemeente voorbij is. De codes en datums blijven voor de statistiek.
De server doet dit ook elke dag zelf.
Erases the personal data (contact details, text, messages, notes) of closed concerns whose
municipality's retention period has passed. Codes and dates stay for the statistics.
The server also does this daily by itself.

  --dry-run  toon alleen welke meldingen het zijn / only show which concerns`

export async function retentionRunCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' } })
  if (values.help) {
    out.write(`${RETENTION_HELP}\n`)
    return 0
  }
  const dryRun = values['dry-run'] ?? false
  const config = loadConfig()
  const result = await viaServerOrStore<RetentionResult>(
    config,
    (lock) => callRunningServer(lock, 'runRetentionLocal', { query: { dryRun: dryRun ? 'true' : 'false' } }),
    // A dry run changes nothing; a real one takes the job's lease, so never beside another instance's run.
    (context) => (dryRun ? runRetention(context, { dryRun }) : runAsJob(context.store, 'retention', jobLeaseOf(config), () => runRetention(context, { dryRun }))),
  )
  for (const c of result.due) out.write(`  ${c.reference}  gesloten / closed ${c.closedAt.slice(0, 10)}  ${c.municipality}\n`)
  out.write(
    dryRun
      ? `${result.due.length} melding(en) zou(den) gewist worden / concern(s) would be erased (--dry-run: niets gewist / nothing erased)\n`
      : `${result.erased} melding(en) gewist / concern(s) erased\n`,
  )
  return 0
}

import type { ReencryptProgress } from '@klankbord/contract'
import { loadConfig } from '../../config.js'
import { createCipher } from '../../security/cipher.js'
import { loadKeyRing, oldKeyFiles } from '../../security/secret-key.js'
import { ensureHashSecrets } from '../../services/keys/hash-secrets.js'
import { reencryptBatch } from '../../services/keys/reencrypt.js'
import { swapKeyFile } from '../../services/keys/swap-key-file.js'
import { parseCommandArgs } from '../args.js'
import { callRunningServer, viaServerOrStore } from '../store-or-server.js'

export const KEYS_ROTATE_HELP = `Versleutelt alle persoonsgegevens opnieuw onder een nieuwe sleutel, terwijl de server blijft werken.
Re-encrypts all personal data under a new key, while the server keeps working.

Met het sleutelbestand (standaard): zet een nieuwe sleutel in <datamap>/klankbord.key en bewaart de oude als
klankbord.key.old-<tijd> tot alles opnieuw versleuteld is. Een draaiende server leest beide.
With the key file (default): puts a new key in <data dir>/klankbord.key and keeps the old one as
klankbord.key.old-<time> until everything is re-encrypted. A running server reads both.

Met KLANKBORD_SECRET_KEY: zet eerst de NIEUWE sleutel in KLANKBORD_SECRET_KEY en de vorige in
KLANKBORD_PREVIOUS_SECRET_KEY, op elke server (zie docs/operations.md), en draai dan deze opdracht.
With KLANKBORD_SECRET_KEY: first put the NEW key in KLANKBORD_SECRET_KEY and the previous one in
KLANKBORD_PREVIOUS_SECRET_KEY, on every server (see docs/operations.md), then run this command.

Afgebroken? Draai de opdracht opnieuw: hij gaat verder waar hij was / interrupted? Run it again: it continues.

  --batch N  velden per stap / fields per step (standaard / default 200)`

const BATCH = 200

/** On a terminal a bar that redraws itself; in a pipe or a log nothing, so scripts see only the outcome. */
export function progressLine(out: NodeJS.WritableStream & { isTTY?: boolean }, total: number) {
  if (!out.isTTY) return () => {}
  return (progress: ReencryptProgress) => {
    const done = Math.max(0, total - progress.remaining)
    const width = 24
    const filled = total ? Math.round((done / total) * width) : width
    out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} opnieuw versleuteld / re-encrypted`)
    if (progress.remaining === 0) out.write('\n')
  }
}

export async function keysRotateCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs(args, { batch: { type: 'string' } })
  if (values.help) {
    out.write(`Gebruik / Usage: klankbord keys rotate [--batch N]\n\n${KEYS_ROTATE_HELP}\n`)
    return 0
  }
  const limit = values.batch === undefined ? BATCH : Number(values.batch)
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new Error('--batch must be a whole number from 1 to 10000')
  const config = loadConfig()
  const fileMode = !config.secretKey
  const notes: string[] = []

  /** With key files: a rotation that stopped half-way continues under its key; a finished one (or none) starts a new key. */
  const startOrResume = (remaining: number) => {
    if (!fileMode) return
    const leftOver = oldKeyFiles(config.dataDir)
    if (leftOver.length > 0 && remaining > 0) {
      notes.push(`Een afgebroken rotatie gaat verder / an interrupted rotation continues (${leftOver[0]}).`)
      return
    }
    const swapped = swapKeyFile(config.dataDir, new Date())
    notes.push(`Nieuwe sleutel / new key ${swapped.newKeyId} in ${config.dataDir}/klankbord.key; de oude / the old ${swapped.oldKeyId} in ${swapped.oldFile}.`)
  }

  const finish = (last: ReencryptProgress) => {
    if (notes.length) out.write(`${notes.join('\n')}\n`)
    out.write(`Alles staat onder sleutel / everything is under key ${last.keyId}.\n`)
    if (fileMode) {
      const old = oldKeyFiles(config.dataDir)
      if (old.length)
        out.write(
          `Nu / now: neem ${old.join(', ')} uit de datamap en bewaar het offline bij de back-ups van voor vandaag (die hebben die sleutel nodig); ` +
            'zonder zulke back-ups: wis het.\n' +
            `Take it out of the data directory and keep it offline with the backups made before today (they need that key); without such backups: delete it.\n` +
            'Maak vandaag een nieuwe back-up en bewaar de nieuwe klankbord.key apart / make a new backup today and keep the new klankbord.key apart.\n',
        )
    } else if (config.previousSecretKey)
      out.write(
        'Nu / now: haal KLANKBORD_PREVIOUS_SECRET_KEY weg bij elke server en start ze één voor één opnieuw; bewaar de oude sleutel offline bij oudere back-ups.\n' +
          'Remove KLANKBORD_PREVIOUS_SECRET_KEY from every server and restart them one by one; keep the old key offline with older backups.\n',
      )
  }

  const last = await viaServerOrStore<ReencryptProgress>(
    config,
    async (lock) => {
      const ask = (n: number) => callRunningServer(lock, 'reencryptLocal', { body: { limit: n } })
      startOrResume((await ask(0)).remaining)
      return loop(ask, (await ask(0)).remaining, out)
    },
    async (context) => {
      let ring = loadKeyRing(config)
      // Pinned before the key changes, from the key the codes were hashed with (a no-op when a server already did it).
      await ensureHashSecrets(context.store.db, createCipher(ring), ring)
      startOrResume((await reencryptBatch(context.store.db, createCipher(ring), ring, 0)).remaining)
      ring = loadKeyRing(config)
      const cipher = createCipher(ring)
      const ask = (n: number) => reencryptBatch(context.store.db, cipher, ring, n)
      return loop(ask, (await ask(0)).remaining, out)
    },
  )

  async function loop(ask: (n: number) => Promise<ReencryptProgress>, total: number, stream: NodeJS.WritableStream): Promise<ReencryptProgress> {
    const show = progressLine(stream, total)
    for (let idle = 0; ; ) {
      const progress = await ask(limit)
      show(progress)
      if (progress.remaining === 0) return progress
      // A server still writing under the old key switches within a second (it watches the key file); wait for it.
      if (progress.reencrypted > 0) continue
      if (++idle > 60) throw new Error(`${progress.remaining} fields stay under an older key; is a server running without the new key?`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }

  finish(last)
  return 0
}

import * as z from 'zod/mini'
import { namedObject, namedStrictObject } from './named-object.js'
import { ConcernSummary } from './concern.js'
import { queryFlag } from './inbox.js'
import { singleLine } from './text.js'

/** `klankbord concerns list` through the running server. */
export const LocalConcernsQuery = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000)), 50).register(z.globalRegistry, { description: 'Hoeveel, nieuwste eerst.' }),
})

export const ConcernSummaryList = z.array(ConcernSummary)

/** `klankbord user add` through the running server; the service checks the fields as for an administrator's UserInput. */
export const LocalUserInput = namedStrictObject('LocalUserInput', 'Een account vanaf de opdrachtregel.', {
  email: singleLine({ trim: false }),
  role: singleLine({ trim: false }),
  name: z.optional(singleLine({ trim: false })),
  municipalityIds: z.optional(z.array(singleLine({ trim: false }))),
  baseUrl: singleLine({ trim: false }).register(z.globalRegistry, { description: 'Het adres van de server in de eenmalige link.' }),
})
export type LocalUserInput = z.infer<typeof LocalUserInput>

export const LocalUserCreated = namedObject('LocalUserCreated', 'Het account en zijn eenmalige link.', {
  id: z.string(),
  email: z.string(),
  role: z.string(),
  setupUrl: z.string().register(z.globalRegistry, { description: 'Eenmalige link om het account af te maken; 7 dagen geldig.' }),
})
export type LocalUserCreated = z.infer<typeof LocalUserCreated>

export const LocalRetentionQuery = z.strictObject({
  dryRun: z.optional(queryFlag).register(z.globalRegistry, { description: 'Alleen tonen welke meldingen het zijn; niets wissen.' }),
})

export const RetentionResult = namedObject('RetentionResult', 'Afgesloten meldingen waarvan de bewaartermijn voorbij is, en hoeveel er gewist zijn.', {
  due: z.array(z.object({ id: z.string(), reference: z.string(), closedAt: z.iso.datetime(), municipality: z.string() })),
  erased: z.int(),
})
export type RetentionResult = z.infer<typeof RetentionResult>

export const LocalPipelineInput = namedStrictObject('LocalPipelineInput', 'Waar de bestanden heen gaan, en of alles opnieuw wordt berekend.', {
  outDir: z.optional(singleLine({ trim: false })),
  full: z.optional(z.boolean()),
})
export type LocalPipelineInput = z.infer<typeof LocalPipelineInput>

export const PipelineRunSummary = z
  .record(z.string(), z.unknown())
  .register(z.globalRegistry, { id: 'PipelineRunSummary', description: 'Wat de pipeline maakte: tabellen, onderdrukte cellen, tijd en de uitvoermap.' })

/** `klankbord backup` through the running server: the server writes the file, on the same machine. */
export const LocalBackupInput = namedStrictObject('LocalBackupInput', 'Waar de server de back-up schrijft.', {
  outFile: singleLine({ trim: false }).register(z.globalRegistry, { description: 'Absoluut pad van het back-upbestand op de machine van de server.' }),
})
export type LocalBackupInput = z.infer<typeof LocalBackupInput>

export const BackupSummary = namedObject('BackupSummary', 'Wat de back-up bevat: rijen per tabel, grootte en de sleutel die nodig is om terug te lezen.', {
  file: z.string(),
  createdAt: z.iso.datetime(),
  tables: z.array(z.object({ name: z.string(), rows: z.int() })),
  bytes: z.int(),
  keyIds: z.array(z.string()).register(z.globalRegistry, { description: 'Namen van de sleutels (nooit de sleutels zelf); bewaar de sleutel apart.' }),
})
export type BackupSummary = z.infer<typeof BackupSummary>

/** `klankbord keys rotate` through the running server: one batch of re-encryption under the current key. */
export const LocalReencryptInput = namedStrictObject('LocalReencryptInput', 'Hoeveel versleutelde velden deze keer opnieuw versleuteld worden.', {
  limit: z.int().check(z.minimum(0), z.maximum(10_000)).register(z.globalRegistry, { description: '0: alleen tellen.' }),
})
export type LocalReencryptInput = z.infer<typeof LocalReencryptInput>

export const ReencryptProgress = namedObject('ReencryptProgress', 'Voortgang van het opnieuw versleutelen.', {
  keyId: z.string().register(z.globalRegistry, { description: 'De naam van de huidige sleutel (nooit de sleutel zelf).' }),
  reencrypted: z.int(),
  remaining: z.int().register(z.globalRegistry, { description: 'Velden die nog onder een vorige sleutel staan.' }),
})
export type ReencryptProgress = z.infer<typeof ReencryptProgress>

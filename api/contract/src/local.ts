import * as z from 'zod'
import { ConcernSummary } from './concern.js'
import { queryFlag } from './inbox.js'
import { singleLine } from './text.js'

/** `klankbord concerns list` through the running server. */
export const LocalConcernsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(10_000).default(50).meta({ description: 'Hoeveel, nieuwste eerst.' }),
})

export const ConcernSummaryList = z.array(ConcernSummary)

/** `klankbord user add` through the running server; the service checks the fields as for an administrator's UserInput. */
export const LocalUserInput = z
  .strictObject({
    email: singleLine({ trim: false }),
    role: singleLine({ trim: false }),
    name: singleLine({ trim: false }).optional(),
    municipalityIds: z.array(singleLine({ trim: false })).optional(),
    baseUrl: singleLine({ trim: false }).meta({ description: 'Het adres van de server in de eenmalige link.' }),
  })
  .meta({ id: 'LocalUserInput', description: 'Een account vanaf de opdrachtregel.' })
export type LocalUserInput = z.infer<typeof LocalUserInput>

export const LocalUserCreated = z
  .object({ id: z.string(), email: z.string(), role: z.string(), setupUrl: z.string().meta({ description: 'Eenmalige link om het account af te maken; 7 dagen geldig.' }) })
  .meta({ id: 'LocalUserCreated', description: 'Het account en zijn eenmalige link.' })
export type LocalUserCreated = z.infer<typeof LocalUserCreated>

export const LocalRetentionQuery = z.strictObject({
  dryRun: queryFlag.optional().meta({ description: 'Alleen tonen welke meldingen het zijn; niets wissen.' }),
})

export const RetentionResult = z
  .object({
    due: z.array(z.object({ id: z.string(), reference: z.string(), closedAt: z.iso.datetime(), municipality: z.string() })),
    erased: z.int(),
  })
  .meta({ id: 'RetentionResult', description: 'Afgesloten meldingen waarvan de bewaartermijn voorbij is, en hoeveel er gewist zijn.' })
export type RetentionResult = z.infer<typeof RetentionResult>

export const LocalPipelineInput = z
  .strictObject({ outDir: singleLine({ trim: false }).optional(), full: z.boolean().optional() })
  .meta({ id: 'LocalPipelineInput', description: 'Waar de bestanden heen gaan, en of alles opnieuw wordt berekend.' })
export type LocalPipelineInput = z.infer<typeof LocalPipelineInput>

export const PipelineRunSummary = z
  .record(z.string(), z.unknown())
  .meta({ id: 'PipelineRunSummary', description: 'Wat de pipeline maakte: tabellen, onderdrukte cellen, tijd en de uitvoermap.' })

import * as z from 'zod/mini'
import { namedObject } from './named-object.js'

/** The jobs the server runs every night, once across every instance. */
export const JOB_NAMES = ['retention', 'statistics'] as const
export type JobName = (typeof JOB_NAMES)[number]

/** How a run of a job ended; `running` is also what a run of a crashed instance stays. */
export const JOB_RESULTS = ['running', 'succeeded', 'failed'] as const

const iso = (description: string) => z.string().register(z.globalRegistry, { description })

export const JobRun = namedObject('JobRun', 'Een keer dat een taak liep. Bevat nooit persoonsgegevens.', {
  job: z.enum(JOB_NAMES),
  result: z.enum(JOB_RESULTS),
  startedAt: iso('Begin (ISO 8601).'),
  finishedAt: z.nullable(iso('Einde (ISO 8601); leeg zolang de taak loopt of als de server tijdens de taak stopte.')),
  error: z.nullable(z.string().register(z.globalRegistry, { description: 'Bij `failed`: het soort fout, zonder de melding zelf.' })),
})
export type JobRun = z.infer<typeof JobRun>

export const Health = namedObject('Health', 'Of de dienst werkt: opslag, migraties, de laatste keer van elke taak en de gepubliceerde cijfers.', {
  status: z.enum(['ok']),
  store: z.object({ kind: z.enum(['pglite', 'postgres']), reachable: z.boolean() }),
  migrations: z.object({
    applied: z.int().register(z.globalRegistry, { description: 'Migraties in de opslag.' }),
    expected: z.int().register(z.globalRegistry, { description: 'Migraties in deze versie van Klankbord.' }),
  }),
  jobs: z.array(JobRun).register(z.globalRegistry, { description: 'De laatste keer van elke taak die al eens liep.' }),
  publication: z.nullable(
    z.object({
      version: z.int().register(z.globalRegistry, { description: 'Versie van de publicatie; dezelfde op elke server.' }),
      publishedAt: iso('Wanneer ze gepubliceerd werd (ISO 8601).'),
    }),
  ),
})
export type Health = z.infer<typeof Health>

export const JobParams = z.object({ job: z.enum(JOB_NAMES).register(z.globalRegistry, { description: 'De taak: `retention` of `statistics`.' }) })

export const OpenApiDocument = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .register(z.globalRegistry, { id: 'OpenApiDocument', description: 'Een beschrijving van de API volgens OpenAPI 3.0.' })

import * as z from 'zod/mini'

export const Health = z.object({ status: z.enum(['ok']), store: z.enum(['pglite', 'postgres']) })
export type Health = z.infer<typeof Health>

export const OpenApiDocument = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .register(z.globalRegistry, { id: 'OpenApiDocument', description: 'Een beschrijving van de API volgens OpenAPI 3.0.' })

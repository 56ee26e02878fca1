import * as z from 'zod/mini'

const COMPONENT = '#/components/schemas/'

/** A JSON schema as OpenAPI 3.0 wants it, for request input; a schema with an id is a $ref to its component. */
function jsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
}

/** Nested schemas with an id become zod's `definitions`; in the document they are components, as every id'd schema is. */
function withComponentRefs(json: Record<string, unknown>): Record<string, unknown> {
  const { definitions: _definitions, ...rest } = json
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/definitions/', `"${COMPONENT}`)) as Record<string, unknown>
}

/** The schema object of a body or an answer: `$ref` to the component for a schema with an id, else inline. */
export function schemaObject(schema: z.ZodMiniType): Record<string, unknown> {
  const id = z.globalRegistry.get(schema)?.id
  return id ? { $ref: `${COMPONENT}${id}` } : withComponentRefs(jsonSchema(schema))
}

/** One OpenAPI parameter per property of an object schema (path, query or header), its description taken out of the schema. */
export function parametersOf(schema: z.ZodMiniObject, location: 'path' | 'query' | 'header') {
  const json = jsonSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = withComponentRefs(property)
    return { name, in: location, required: location === 'path' || (json.required ?? []).includes(name), description: (description as string | undefined) ?? name, schema: rest }
  })
}

import * as contract from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'

/**
 * Left out on purpose: passwords, setup tokens and second factors are never stored or shown as text (they are
 * hashed or compared), and the proof-of-work challenge is checked against its signature.
 */
const EXEMPT = new Set(['LoginInput', 'SetupStartInput', 'SetupFinishInput', 'ConcernInput.pow'])

type Def = { type: string; shape?: Record<string, z.ZodMiniType>; innerType?: z.ZodMiniType; element?: z.ZodMiniType; options?: z.ZodMiniType[]; in?: z.ZodMiniType; out?: z.ZodMiniType; valueType?: z.ZodMiniType; keyType?: z.ZodMiniType }

/** Every string schema inside a schema, with its path. */
function* strings(schema: z.ZodMiniType, path: string): Generator<[string, z.ZodMiniType]> {
  if (EXEMPT.has(path)) return
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def
  if (def.type === 'string') yield [path, schema]
  for (const [key, child] of Object.entries(def.shape ?? {})) yield* strings(child, `${path}.${key}`)
  for (const child of [def.innerType, def.element, def.in, def.out, def.keyType, def.valueType, ...(def.options ?? [])]) if (child) yield* strings(child, path)
}

const inputSchemas = Object.entries(contract).filter(([name, value]) => /(Input|Update|Query|Settings)$/.test(name) && typeof value === 'object' && value !== null && '_zod' in value)

describe('every text an input schema takes', () => {
  it('covers the input schemas of the contract', () => {
    expect(inputSchemas.map(([name]) => name)).toEqual(expect.arrayContaining(['ConcernInput', 'SignalInput', 'RecommendationUpdate', 'MunicipalityInput', 'UserUpdate', 'InboxQuery', 'AuditQuery']))
  })

  it.each(inputSchemas)('%s refuses control characters in each of its strings', (name, schema) => {
    if (EXEMPT.has(name)) return
    for (const [path, string] of strings(schema as z.ZodMiniType, name)) {
      for (const control of ['\u0000', '\u001b', '\u007f', '\u0085']) expect(string.safeParse(`a${control}b`).success, `${path} with U+${control.charCodeAt(0).toString(16).padStart(4, '0')}`).toBe(false)
    }
  })
})

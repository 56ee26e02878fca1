import { getTableName, is } from 'drizzle-orm'
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core'
import { describe, expect, it } from 'vitest'
import * as schema from '../../db/schema/index.js'
import { ENCRYPTED_FIELDS } from './encrypted-fields.js'

describe('the list of encrypted fields a key rotation re-encrypts', () => {
  it('names every ciphertext column of the schema, once', () => {
    const inSchema = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .flatMap((table) => getTableConfig(table).columns.filter((column) => column.name.endsWith('_cipher')).map((column) => `${getTableName(table)}.${column.name}`))
    const listed = ENCRYPTED_FIELDS.map((field) => `${getTableName(field.table)}.${field.cipher.name}`)
    expect(new Set(listed).size).toBe(listed.length)
    expect([...listed].sort()).toEqual([...inSchema].sort())
  })
})

import { sql, type SQL } from 'drizzle-orm'
import { sqlLiteral } from '@klankbord/contract/sql-literal'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'

/** A CHECK that a text column holds one of the contract's codes; codes are constants, never input. */
export function oneOf(column: AnyPgColumn, codes: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(codes.map(sqlLiteral).join(', '))})`
}

/** A CHECK that every element of a text[] column is one of the codes. */
export function allOf(column: AnyPgColumn, codes: readonly string[]): SQL {
  return sql`${column} <@ array[${sql.raw(codes.map(sqlLiteral).join(', '))}]::text[]`
}

import { getTableColumns } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { concernsTable } from '../../api/src/db/schema/index.js'
import { PERSONAL_FIELDS, STATISTICAL_FIELDS } from '../src/index.js'

describe('the statistical fields analytics may extract', () => {
  const columns = Object.values(getTableColumns(concernsTable)).map((column) => column.name)

  it('are all real columns of the concerns table', () => {
    for (const field of STATISTICAL_FIELDS) expect(columns).toContain(field)
  })

  it('leave out every identifying column', () => {
    for (const field of PERSONAL_FIELDS) expect(STATISTICAL_FIELDS).not.toContain(field)
    expect(STATISTICAL_FIELDS).not.toContain('id')
  })
})

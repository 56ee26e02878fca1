import { describe, expect, it } from 'vitest'
import { publishedCsv } from '../../src/pipeline/publish.js'

describe('publishedCsv', () => {
  it('neutralises text that starts like a formula, but writes numbers of numeric columns as numbers', () => {
    const columns = [
      { name: 'label', type: 'string' },
      { name: 'code', type: 'code' },
      { name: 'change', type: 'number' },
      { name: 'concerns', type: 'integer' },
      { name: 'suppressed', type: 'boolean' },
    ] as const
    const csv = publishedCsv(columns, [
      { label: '-3', code: '=1+1', change: -3, concerns: -1, suppressed: false },
      { label: '@SUM(A1)', code: '\tx', change: '-0.5', concerns: null, suppressed: true },
      { label: 'Gewoon, met "aanhalingstekens"', code: '+31', change: 0.25, concerns: 7, suppressed: false },
    ])
    expect(csv.split('\n')).toEqual([
      'label,code,change,concerns,suppressed',
      "'-3,'=1+1,-3,-1,false",
      `'@SUM(A1),'\tx,-0.5,,true`,
      `"Gewoon, met ""aanhalingstekens""",'+31,0.25,7,false`,
      '',
    ])
  })
})

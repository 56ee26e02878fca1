import type { Recommendation } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { recommendationsByYear } from '../src/inbox/recommendations/recommendations-by-year.js'
import { mayOpen, parseRoute, routeHash } from '../src/inbox/routing/routes.js'

const recommendation = (id: string, year: number, createdAt: string): Recommendation => ({
  id,
  municipality: { id: 'mun_1', name: 'Gennep' },
  year,
  text: `Aanbeveling ${id}`,
  status: 'open',
  response: null,
  createdAt,
  updatedAt: createdAt,
})

describe('recommendations by year', () => {
  it('puts the newest annual report first and numbers each year from its oldest recommendation', () => {
    const groups = recommendationsByYear([
      recommendation('rec_b', 2024, '2025-01-10T09:00:00.000Z'),
      recommendation('rec_d', 2025, '2026-02-01T09:00:00.000Z'),
      recommendation('rec_a', 2024, '2025-01-03T09:00:00.000Z'),
      recommendation('rec_c', 2025, '2026-01-15T09:00:00.000Z'),
      recommendation('rec_e', 2023, '2024-03-01T09:00:00.000Z'),
    ])
    expect(groups.map((g) => [g.year, g.items.map((i) => `${i.number}:${i.recommendation.id}`)])).toEqual([
      [2025, ['1:rec_c', '2:rec_d']],
      [2024, ['1:rec_a', '2:rec_b']],
      [2023, ['1:rec_e']],
    ])
  })

  it('keeps the order stable for recommendations written at the same moment, and is empty without any', () => {
    const same = '2026-01-15T09:00:00.000Z'
    expect(recommendationsByYear([recommendation('rec_2', 2025, same), recommendation('rec_1', 2025, same)])[0]!.items.map((i) => i.recommendation.id)).toEqual(['rec_1', 'rec_2'])
    expect(recommendationsByYear([])).toEqual([])
  })

  it('does not change the list it was given', () => {
    const list = [recommendation('rec_2', 2025, '2026-01-02T00:00:00.000Z'), recommendation('rec_1', 2025, '2026-01-01T00:00:00.000Z')]
    recommendationsByYear(list)
    expect(list.map((r) => r.id)).toEqual(['rec_2', 'rec_1'])
  })
})

describe('routes for recommendations and publication', () => {
  it('reads and writes their hashes', () => {
    expect(parseRoute('#/recommendations')).toEqual({ view: 'recommendations' })
    expect(parseRoute('#/admin/publication')).toEqual({ view: 'publication' })
    expect(routeHash({ view: 'recommendations' })).toBe('#/recommendations')
    expect(routeHash({ view: 'publication' })).toBe('#/admin/publication')
  })

  it('gives recommendations to the confidant and the publication switch to the administrator only', () => {
    expect(mayOpen('confidant', 'recommendations')).toBe(true)
    expect(mayOpen('administrator', 'recommendations')).toBe(false)
    expect(mayOpen('council', 'recommendations')).toBe(false)
    expect(mayOpen('administrator', 'publication')).toBe(true)
    expect(mayOpen('confidant', 'publication')).toBe(false)
    expect(mayOpen('council', 'publication')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { partnerChoices } from '../src/inbox/concerns/partner-choices.js'
import { filtersFromParams, filtersToParams, filtersToQuery, hasFilters, PAGE_SIZE } from '../src/inbox/routing/inbox-filters.js'

describe('inbox filters in the URL hash', () => {
  it('round-trips through the query string, keys in a fixed order', () => {
    const filters = { status: 'new', domain: 'wmo', kind: 'agreements', partner: 'par_1', assignee: 'none', overdue: true, objectionSoon: true, reference: 'KB-ABCD', offset: 100 } as const
    const params = filtersToParams(filters)
    expect(params.toString()).toBe('status=new&domain=wmo&kind=agreements&partner=par_1&assignee=none&overdue=true&objectionSoon=true&reference=KB-ABCD&offset=100')
    expect(filtersFromParams(params)).toEqual(filters)
  })

  it('drops unknown codes, malformed ids and false flags', () => {
    const params = new URLSearchParams('status=open&domain=wmo&kind=x&partner=a%20b&assignee=&overdue=false&objectionSoon=yes&offset=-5&extra=1')
    expect(filtersFromParams(params)).toEqual({ domain: 'wmo' })
  })

  it('normalises the reference search to upper case', () => {
    expect(filtersFromParams(new URLSearchParams('reference=%20kb-ab%20'))).toEqual({ reference: 'KB-AB' })
  })

  it('turns filters into the API query with flags as text and a page', () => {
    expect(filtersToQuery({ status: 'closed', overdue: true, offset: 50 })).toEqual({ status: 'closed', overdue: 'true', limit: PAGE_SIZE, offset: 50 })
    expect(filtersToQuery({})).toEqual({ limit: PAGE_SIZE, offset: 0 })
  })

  it('knows whether anything but the page is filtered', () => {
    expect(hasFilters({})).toBe(false)
    expect(hasFilters({ offset: 50 })).toBe(false)
    expect(hasFilters({ domain: 'debt' })).toBe(true)
  })
})

describe('partner choices in the filter', () => {
  it('are sorted by name, with the municipality only where two sites share a name', () => {
    const municipalities = [
      { id: 'mun_a', name: 'Amstelveen' },
      { id: 'mun_b', name: 'Bussum' },
    ]
    const partners = [
      { id: 'par_3', name: 'Zorggroep De Linde', kind: 'care-provider' as const, municipalityId: 'mun_a' },
      { id: 'par_1', name: 'Gemeentewebsite', kind: 'municipality' as const, municipalityId: 'mun_b' },
      { id: 'par_2', name: 'Gemeentewebsite', kind: 'municipality' as const, municipalityId: 'mun_a' },
    ]
    expect(partnerChoices(partners, municipalities)).toEqual([
      { id: 'par_2', name: 'Gemeentewebsite (Amstelveen)' },
      { id: 'par_1', name: 'Gemeentewebsite (Bussum)' },
      { id: 'par_3', name: 'Zorggroep De Linde' },
    ])
  })
})

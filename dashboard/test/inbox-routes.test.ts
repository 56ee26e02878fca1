import { describe, expect, it } from 'vitest'
import { homeRoute, mayOpen, parseRoute, routeHash, samePage, type Route } from '../src/inbox/routing/routes.js'

describe('parseRoute', () => {
  it('reads every view from its hash', () => {
    expect(parseRoute('')).toEqual({ view: 'home' })
    expect(parseRoute('#/')).toEqual({ view: 'home' })
    expect(parseRoute('#/login')).toEqual({ view: 'login' })
    expect(parseRoute('#/setup/abcdefghijklmnop_-12')).toEqual({ view: 'setup', token: 'abcdefghijklmnop_-12' })
    expect(parseRoute('#/concerns')).toEqual({ view: 'concerns', filters: {} })
    expect(parseRoute('#/concerns/con_123')).toEqual({ view: 'case', id: 'con_123' })
    expect(parseRoute('#/intake')).toEqual({ view: 'intake' })
    expect(parseRoute('#/signals')).toEqual({ view: 'signals', draft: {} })
    expect(parseRoute('#/admin/municipalities')).toEqual({ view: 'municipalities' })
    expect(parseRoute('#/admin/partners')).toEqual({ view: 'partners' })
    expect(parseRoute('#/admin/users')).toEqual({ view: 'users' })
    expect(parseRoute('#/admin/audit')).toEqual({ view: 'audit', filters: {} })
    expect(parseRoute('#/account')).toEqual({ view: 'account' })
  })

  it('takes filters from the hash query and a trailing slash in its stride', () => {
    expect(parseRoute('#/concerns/?status=new&domain=wmo')).toEqual({ view: 'concerns', filters: { status: 'new', domain: 'wmo' } })
    expect(parseRoute('#/admin/audit?objectId=con_1&from=2025-01-01')).toEqual({ view: 'audit', filters: { objectId: 'con_1', from: '2025-01-01' } })
    expect(parseRoute('#/signals?concern=con_1&reference=KB-ABCD-EFGH&municipality=mun_1&domain=debt')).toEqual({
      view: 'signals',
      draft: { concernId: 'con_1', reference: 'KB-ABCD-EFGH', municipalityId: 'mun_1', domain: 'debt' },
    })
  })

  it('does not accept odd paths or segments', () => {
    expect(parseRoute('#/nope')).toEqual({ view: 'not-found' })
    expect(parseRoute('#/concerns/a/b')).toEqual({ view: 'not-found' })
    expect(parseRoute('#/concerns/<script>')).toEqual({ view: 'not-found' })
    expect(parseRoute('#/setup/')).toEqual({ view: 'not-found' })
    expect(parseRoute('#main')).toEqual({ view: 'not-found' })
  })
})

describe('routeHash', () => {
  const routes: Route[] = [
    { view: 'login' },
    { view: 'setup', token: 'abcdefghijklmnopqrstuvwxyz' },
    { view: 'concerns', filters: {} },
    { view: 'concerns', filters: { status: 'closed', kind: 'treatment', assignee: 'none', overdue: true, objectionSoon: true, reference: 'KB-AB', offset: 50 } },
    { view: 'case', id: 'con_1' },
    { view: 'intake' },
    { view: 'signals', draft: { concernId: 'con_1', domain: 'wmo' } },
    { view: 'municipalities' },
    { view: 'partners' },
    { view: 'users' },
    { view: 'audit', filters: { actorId: 'usr_1', to: '2025-12-31' } },
    { view: 'account' },
    { view: 'dashboard' },
  ]

  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route)
  })
})

describe('access per role', () => {
  it('keeps each role to its own views', () => {
    expect(mayOpen('confidant', 'case')).toBe(true)
    expect(mayOpen('confidant', 'users')).toBe(false)
    expect(mayOpen('administrator', 'audit')).toBe(true)
    expect(mayOpen('administrator', 'concerns')).toBe(false)
    expect(mayOpen('council', 'dashboard')).toBe(true)
    expect(mayOpen('council', 'signals')).toBe(false)
    for (const role of ['confidant', 'administrator', 'council'] as const) {
      expect(mayOpen(role, 'account')).toBe(true)
      expect(mayOpen(role, 'login')).toBe(true)
      expect(mayOpen(role, homeRoute(role).view)).toBe(true)
    }
  })

  it('treats a filter change as the same page and another case as a new one', () => {
    expect(samePage({ view: 'concerns', filters: {} }, { view: 'concerns', filters: { status: 'new' } })).toBe(true)
    expect(samePage({ view: 'case', id: 'a' }, { view: 'case', id: 'b' })).toBe(false)
    expect(samePage({ view: 'intake' }, { view: 'signals', draft: {} })).toBe(false)
  })
})

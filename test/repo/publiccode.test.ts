import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PublicCode } from './publiccode-standard.js'

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const file = parse(readFileSync(root('publiccode.yml'), 'utf8'), { version: '1.2' }) as Record<string, unknown>
const issues = (value: unknown) => (PublicCode.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`)

describe('publiccode.yml', () => {
  it('follows the publiccode.yml standard 0.4', () => {
    expect(issues(file)).toEqual([])
  })

  it('says what the repository says: licence, version and the languages the widget speaks', () => {
    const pkg = JSON.parse(readFileSync(root('package.json'), 'utf8')) as { license: string; version: string }
    const localize = JSON.parse(readFileSync(root('widget/lit-localize.json'), 'utf8')) as { sourceLocale: string; targetLocales: string[] }
    const parsed = PublicCode.parse(file)
    expect(parsed.legal.license).toBe(pkg.license)
    expect(parsed.softwareVersion).toBe(pkg.version)
    expect([...parsed.localisation.availableLanguages].sort()).toEqual([localize.sourceLocale, ...localize.targetLocales].sort())
    expect(Object.keys(parsed.description).sort()).toEqual(['en', 'nl'])
  })

  it('is checked strictly enough to fail: a missing key, a word outside the lists, a long short description', () => {
    const without = { ...file }
    delete without.developmentStatus
    expect(issues(without)).toEqual([expect.stringMatching(/^developmentStatus:/)])
    expect(issues({ ...file, categories: ['feedback'] })).toEqual([expect.stringMatching(/^categories\.0:/)])
    const description = file.description as Record<string, Record<string, unknown>>
    expect(issues({ ...file, description: { ...description, nl: { ...description.nl, shortDescription: 'x'.repeat(151) } } })).toEqual([expect.stringMatching(/^description\.nl\.shortDescription:/)])
    expect(issues({ ...file, nl: {} })).toEqual([])
    expect(issues({ ...file, dutchContext: {} })).toEqual(['dutchContext: not a key of the standard'])
    expect(issues({ ...file, maintenance: { type: 'community' } })).toEqual(['maintenance.contacts: mandatory for internal or community maintenance'])
  })
})

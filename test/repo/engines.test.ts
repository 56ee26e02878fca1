import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const declared = (JSON.parse(readFileSync(root('package.json'), 'utf8')) as { engines: { node: string } }).engines.node
const lock = JSON.parse(readFileSync(root('package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string }; optional?: boolean; os?: string[] }> }

describe('the Node versions the project names', () => {
  it('are accepted by every installed dependency, so `npm ci` warns about no engine', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && typeof entry.engines?.node === 'string' && entry.engines.node.trim() !== '')
      .filter(([, entry]) => !semver.subset(declared, entry.engines!.node!, { includePrerelease: false }))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} wants ${entry.engines!.node}`)
    expect(refusing).toEqual([])
  })

  it('include the Node that runs the tests', () => {
    expect(semver.satisfies(process.version, declared)).toBe(true)
  })

  it('are the ones the README names', () => {
    const readme = readFileSync(root('README.md'), 'utf8')
    const ranges = declared.split('||').map((range) => semver.minVersion(range.trim())!)
    for (const minimum of ranges) expect(readme).toContain(`${minimum.major}.${minimum.minor === 0 ? '' : minimum.minor}`.replace(/\.$/, ''))
  })
})

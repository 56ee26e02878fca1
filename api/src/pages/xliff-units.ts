import { readFileSync } from 'node:fs'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XLIFF text as the pages use it: entities decoded, each placeholder `<x id="N" …/>` written `{N}`, spaces collapsed. */
export function plainXliffText(text: string): string {
  return text
    .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Every unit of an XLIFF 1.2 file: its id, the Dutch source and the translation (empty when missing). */
export function readXliffUnits(path: string): { id: string; source: string; target: string }[] {
  const xliff = readFileSync(path, 'utf8')
  const units = xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g)
  return [...units].map((m) => ({ id: m[1]!, source: plainXliffText(m[2]!), target: plainXliffText(m[3] ?? '') }))
}

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MUNICIPALITY_PROFILES } from '@klankbord/fixtures'
import { runCli } from '../support/cli.js'

/** The goals of issue 16 are stated for 20 municipalities (the seed knows 20 real ones) over 5 years. */
export const WANTED_MUNICIPALITIES = 20
export const REGION = { municipalities: Math.min(WANTED_MUNICIPALITIES, MUNICIPALITY_PROFILES.length), years: 5, concerns: 20_000 } as const

export type RegionalStore = { dataDir: string; env: Record<string, string>; pipelineOutput: string }

/** A regional deployment, seeded and published once by the CLI, handed to `use`, then thrown away. */
export async function withRegionalStore<T>(use: (store: RegionalStore) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klankbord-bench-region-'))
  const env = { KLANKBORD_DATA_DIR: dataDir }
  try {
    const seeded = await runCli(['seed', '--concerns', String(REGION.concerns), '--municipalities', String(REGION.municipalities), '--years', String(REGION.years)], env)
    if (seeded.code !== 0) throw new Error(`klankbord seed failed (${seeded.code}):\n${seeded.stderr}`)
    const pipeline = await runCli(['pipeline'], env)
    if (pipeline.code !== 0) throw new Error(`klankbord pipeline failed (${pipeline.code}):\n${pipeline.stderr}`)
    return await use({ dataDir, env, pipelineOutput: pipeline.stdout })
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

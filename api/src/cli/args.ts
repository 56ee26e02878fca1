import { parseArgs, type ParseArgsConfig } from 'node:util'

export class UsageError extends Error {}

/** parseArgs with a usage error instead of a stack trace for unknown or malformed options. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function parsePositiveInt(value: string | undefined, name: string, fallback: number, max = 65535): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`--${name} must be a whole number from 0 to ${max}`)
  return n
}

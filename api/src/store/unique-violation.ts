/** A unique violation of the named constraint, as the driver reports it beneath Drizzle's error. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = (error as { cause?: { code?: string; constraint?: string } }).cause
  return cause?.code === '23505' && cause.constraint === constraint
}

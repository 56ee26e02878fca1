import type { Recommendation } from '@klankbord/contract'

/** One annual report's recommendations, numbered in the order they were written. */
export type YearGroup = { year: number; items: { number: number; recommendation: Recommendation }[] }

/** Groups recommendations by the year of their annual report, newest year first; within a year, oldest first. */
export function recommendationsByYear(recommendations: readonly Recommendation[]): YearGroup[] {
  const byYear = new Map<number, Recommendation[]>()
  for (const recommendation of recommendations) byYear.set(recommendation.year, [...(byYear.get(recommendation.year) ?? []), recommendation])
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => ({
      year,
      items: items
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map((recommendation, index) => ({ number: index + 1, recommendation })),
    }))
}

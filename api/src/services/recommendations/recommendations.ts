import type { Recommendation, RecommendationInput, RecommendationUpdate } from '@klankbord/contract'
import type { RecommendationStatus } from '@klankbord/contract/vocabulary'
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm'
import type { SignedInUser } from '../../auth/auth-context.js'
import { municipalitiesTable, recommendationsTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { InputError } from '../shared/errors.js'
import { checkTexts } from '../shared/personal-data-check.js'

export async function listRecommendations(db: Db, municipalityIds: readonly string[], where?: SQL): Promise<Recommendation[]> {
  const scope = inArray(recommendationsTable.municipalityId, municipalityIds.length ? [...municipalityIds] : ['\u0000none'])
  const rows = await db
    .select({ r: recommendationsTable, municipalityName: municipalitiesTable.name })
    .from(recommendationsTable)
    .innerJoin(municipalitiesTable, eq(municipalitiesTable.id, recommendationsTable.municipalityId))
    .where(where ? and(scope, where) : scope)
    .orderBy(desc(recommendationsTable.year), recommendationsTable.createdAt)
  return rows.map(({ r, municipalityName }) => ({
    id: r.id,
    municipality: { id: r.municipalityId, name: municipalityName },
    year: r.year,
    text: r.text,
    status: r.status as RecommendationStatus,
    response: r.response,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }))
}

async function getRecommendation(db: Db, municipalityIds: readonly string[], id: string): Promise<Recommendation | undefined> {
  const [found] = await listRecommendations(db, municipalityIds, eq(recommendationsTable.id, id))
  return found
}

/** A recommendation for the annual report; like a signal it is published, so it is checked for personal data. */
export async function createRecommendation(db: Db, user: SignedInUser, input: RecommendationInput, now: Date): Promise<Recommendation> {
  if (!user.municipalityIds.includes(input.municipalityId)) {
    throw new InputError('municipalityId', 'out-of-scope', { nl: 'U werkt niet voor deze gemeente.', en: 'You do not work for this municipality.' })
  }
  checkTexts([{ field: 'text', value: input.text }], input.acceptPersonalDataWarning)
  const id = newId('rec')
  await db.insert(recommendationsTable).values({ id, municipalityId: input.municipalityId, year: input.year, text: input.text, createdBy: user.id, createdAt: now, updatedAt: now })
  return (await getRecommendation(db, user.municipalityIds, id))!
}

/** Records what the municipality did with a recommendation. Another municipality's recommendation is not found. */
export async function updateRecommendation(db: Db, user: SignedInUser, id: string, input: RecommendationUpdate, now: Date): Promise<Recommendation | undefined> {
  if (!(await getRecommendation(db, user.municipalityIds, id))) return undefined
  checkTexts(
    [
      { field: 'text', value: input.text },
      { field: 'response', value: input.response },
    ],
    input.acceptPersonalDataWarning,
  )
  await db
    .update(recommendationsTable)
    .set({
      ...(input.text ? { text: input.text } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.response !== undefined ? { response: input.response || null } : {}),
      updatedAt: now,
    })
    .where(eq(recommendationsTable.id, id))
  return getRecommendation(db, user.municipalityIds, id)
}

import type { Recommendation, RecommendationInput, RecommendationUpdate } from '@klankbord/contract'
import type { RecommendationStatus } from '@klankbord/contract/vocabulary'
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm'
import { municipalitiesTable, recommendationsTable } from '../../db/schema/index.js'
import { newId } from '../../security/codes.js'
import type { Db } from '../../store/types.js'
import { InputError } from '../shared/errors.js'
import { checkTexts } from '../shared/personal-data-check.js'
import type { StaffContext } from '../shared/service-context.js'

async function recommendationsOf(db: Db, municipalityIds: readonly string[], where?: SQL): Promise<Recommendation[]> {
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

/** The recommendations of the user's municipalities, newest year first. */
export function listRecommendations(context: StaffContext): Promise<Recommendation[]> {
  return recommendationsOf(context.store.db, context.user.municipalityIds)
}

async function getRecommendation(context: StaffContext, id: string): Promise<Recommendation | undefined> {
  const [found] = await recommendationsOf(context.store.db, context.user.municipalityIds, eq(recommendationsTable.id, id))
  return found
}

/** A recommendation for the annual report; like a signal it is published, so it is checked for personal data. */
export async function createRecommendation(context: StaffContext, input: RecommendationInput): Promise<Recommendation> {
  const { user } = context
  const now = context.now()
  if (!user.municipalityIds.includes(input.municipalityId)) {
    throw new InputError('municipalityId', 'out-of-scope', { nl: 'U werkt niet voor deze gemeente.', en: 'You do not work for this municipality.' })
  }
  checkTexts([{ field: 'text', value: input.text }], input.acceptPersonalDataWarning)
  const id = newId('rec')
  await context.store.db.insert(recommendationsTable).values({ id, municipalityId: input.municipalityId, year: input.year, text: input.text, createdBy: user.id, createdAt: now, updatedAt: now })
  return (await getRecommendation(context, id))!
}

/** Records what the municipality did with a recommendation. Another municipality's recommendation is not found. */
export async function updateRecommendation(context: StaffContext, id: string, input: RecommendationUpdate): Promise<Recommendation | undefined> {
  const now = context.now()
  if (!(await getRecommendation(context, id))) return undefined
  checkTexts(
    [
      { field: 'text', value: input.text },
      { field: 'response', value: input.response },
    ],
    input.acceptPersonalDataWarning,
  )
  await context.store.db
    .update(recommendationsTable)
    .set({
      ...(input.text ? { text: input.text } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.response !== undefined ? { response: input.response || null } : {}),
      updatedAt: now,
    })
    .where(eq(recommendationsTable.id, id))
  return getRecommendation(context, id)
}

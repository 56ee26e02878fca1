import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { signedIn } from '../../auth/guard.js'
import { Problem } from '../../http/problem.js'
import { createRecommendation, listRecommendations, updateRecommendation } from '../../services/recommendations/recommendations.js'
import { findPersonalData } from '../../services/shared/personal-data-check.js'
import { createSignal, updateSignal } from '../../services/signals/save-signal.js'
import { listSignals } from '../../services/signals/signal-view.js'
import type { OperationHandler } from '../operation-handler.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

export const listSignalsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listSignals(deps.store.db, signedIn(c).user.municipalityIds) })

export const createSignalHandler = (deps: AppDeps): OperationHandler<'createSignal'> => async (c, { body }) => c.json(await createSignal(deps.store.db, signedIn(c).user, await body(), deps.now()), 201)

export const updateSignalHandler = (deps: AppDeps): OperationHandler<'updateSignal'> => async (c, { body }) => {
  const signal = await updateSignal(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', await body(), deps.now())
  if (!signal) throw new Problem('not-found')
  return c.json(signal)
}

export const checkPersonalDataHandler = (): OperationHandler<'checkPersonalData'> => async (c, { body }) => {
  const { text } = await body()
  return c.json({ hits: findPersonalData(text) })
}

export const listRecommendationsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listRecommendations(deps.store.db, signedIn(c).user.municipalityIds) })

export const createRecommendationHandler = (deps: AppDeps): OperationHandler<'createRecommendation'> => async (c, { body }) =>
  c.json(await createRecommendation(deps.store.db, signedIn(c).user, await body(), deps.now()), 201)

export const updateRecommendationHandler = (deps: AppDeps): OperationHandler<'updateRecommendation'> => async (c, { body }) => {
  const updated = await updateRecommendation(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', await body(), deps.now())
  if (!updated) throw new Problem('not-found')
  return c.json(updated)
}

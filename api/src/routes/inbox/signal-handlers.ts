import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { createRecommendation, listRecommendations, updateRecommendation } from '../../services/recommendations/recommendations.js'
import { findPersonalData } from '../../services/shared/personal-data-check.js'
import { createSignal, updateSignal } from '../../services/signals/save-signal.js'
import { listSignals } from '../../services/signals/signal-view.js'
import type { OperationHandler } from '../operation-handler.js'
import { staffContext } from '../service-context.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

export const listSignalsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listSignals(staffContext(c, deps)) })

export const createSignalHandler = (deps: AppDeps): OperationHandler<'createSignal'> => async (c, { body }) => c.json(await createSignal(staffContext(c, deps), await body()), 201)

export const updateSignalHandler = (deps: AppDeps): OperationHandler<'updateSignal'> => async (c, { body }) => {
  const signal = await updateSignal(staffContext(c, deps), c.req.param('id') ?? '', await body())
  if (!signal) throw new Problem('not-found')
  return c.json(signal)
}

export const checkPersonalDataHandler = (): OperationHandler<'checkPersonalData'> => async (c, { body }) => {
  const { text } = await body()
  return c.json({ hits: findPersonalData(text) })
}

export const listRecommendationsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listRecommendations(staffContext(c, deps)) })

export const createRecommendationHandler = (deps: AppDeps): OperationHandler<'createRecommendation'> => async (c, { body }) =>
  c.json(await createRecommendation(staffContext(c, deps), await body()), 201)

export const updateRecommendationHandler = (deps: AppDeps): OperationHandler<'updateRecommendation'> => async (c, { body }) => {
  const updated = await updateRecommendation(staffContext(c, deps), c.req.param('id') ?? '', await body())
  if (!updated) throw new Problem('not-found')
  return c.json(updated)
}

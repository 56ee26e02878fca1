import { PersonalDataCheckInput, RecommendationInput, RecommendationUpdate, SignalInput, SignalUpdate } from '@klankbord/contract'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { signedIn } from '../../auth/guard.js'
import { parseBody } from '../../http/parse-input.js'
import { Problem } from '../../http/problem.js'
import { createRecommendation, listRecommendations, updateRecommendation } from '../../services/recommendations/recommendations.js'
import { findPersonalData } from '../../services/signals/personal-data.js'
import { createSignal, updateSignal } from '../../services/signals/save-signal.js'
import { listSignals } from '../../services/signals/signal-view.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

export const listSignalsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listSignals(deps.store.db, signedIn(c).user.municipalityIds) })

export const createSignalHandler = (deps: AppDeps): Handler => async (c) => c.json(await createSignal(deps.store.db, signedIn(c).user, await parseBody(c, SignalInput), deps.now()), 201)

export const updateSignalHandler = (deps: AppDeps): Handler => async (c) => {
  const signal = await updateSignal(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', await parseBody(c, SignalUpdate), deps.now())
  if (!signal) throw new Problem('not-found')
  return c.json(signal)
}

export const checkPersonalDataHandler = (): Handler => async (c) => {
  const { text } = await parseBody(c, PersonalDataCheckInput)
  return c.json({ hits: findPersonalData(text) })
}

export const listRecommendationsHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listRecommendations(deps.store.db, signedIn(c).user.municipalityIds) })

export const createRecommendationHandler = (deps: AppDeps): Handler => async (c) =>
  c.json(await createRecommendation(deps.store.db, signedIn(c).user, await parseBody(c, RecommendationInput), deps.now()), 201)

export const updateRecommendationHandler = (deps: AppDeps): Handler => async (c) => {
  const updated = await updateRecommendation(deps.store.db, signedIn(c).user, c.req.param('id') ?? '', await parseBody(c, RecommendationUpdate), deps.now())
  if (!updated) throw new Problem('not-found')
  return c.json(updated)
}

import type { StoreContext } from '../services/shared/service-context.js'
import type { Store } from '../store/types.js'

/** A command that opened the store itself runs the services there: on the real clock, with no request to trace and no user. */
export function commandContext(store: Store): StoreContext {
  return { store, now: () => new Date(), trace: {} }
}

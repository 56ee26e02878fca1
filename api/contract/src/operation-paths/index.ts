/**
 * The method and path (below `/api/v1`) of every operation, without schemas, so a client as small as the widget can
 * build its URLs from the one table. One export per operation, in a file per area, keeps it tree-shakeable and lets a
 * bundler keep each part with the code that calls it: the widget's first load ships only two. The
 * full table (`./operations`, with schemas and access) spreads these, and a test checks that both agree.
 */
export * from './intake.js'
export * from './concern.js'
export * from './follow-up.js'
export * from './service.js'
export * from './auth.js'
export * from './inbox.js'
export * from './signals.js'
export * from './admin.js'
export * from './statistics.js'

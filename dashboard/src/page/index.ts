/**
 * The council dashboard drawn on the server (Node only: linkedom, the published files). Imported as
 * `@klankbord/dashboard/page`; the browser gets only the small script in src/app/.
 */
export { createDashboardPages, type DashboardPage, type DashboardPages, type DashboardPagesOptions } from './dashboard-pages.js'
export { renderAccessPage, type NoAccess } from './render-page.js'
export { stateFromSearch } from './url-state.js'
export { html, escapeHtml, Html } from './html.js'

import { KbDashboardApp } from './shell/kb-dashboard-app.component.js'
import { KbChartSection } from './views/kb-chart-section.component.js'
import { KbDashboardDownloads } from './views/kb-dashboard-downloads.component.js'
import { KbDashboardFilters } from './views/kb-dashboard-filters.component.js'
import { KbSignalResponses } from './views/kb-signal-responses.component.js'

/** Every element of the dashboard by tag; children before the app that uses them. */
const ELEMENTS = {
  'kb-dashboard-filters': KbDashboardFilters,
  'kb-chart-section': KbChartSection,
  'kb-signal-responses': KbSignalResponses,
  'kb-dashboard-downloads': KbDashboardDownloads,
  'kb-dashboard-app': KbDashboardApp,
} as const

type Elements = typeof ELEMENTS

// The bench reads these marks: script evaluated, statistics in, first chart on the page (kb-chart-section).
performance.mark('klankbord-script')

// Loading the script twice must not throw on a duplicate definition.
for (const [tag, element] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, element)

declare global {
  interface HTMLElementTagNameMap extends ElementInstances {}
}

type ElementInstances = { [Tag in keyof Elements]: InstanceType<Elements[Tag]> }

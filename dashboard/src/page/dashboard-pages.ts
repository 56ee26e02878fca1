/** Rendered dashboard pages, kept per publication, filters and language, so a visitor rarely waits for a drawing. */
import { LruCache } from './lru-cache.js'
import { publicationVersion, readPublication, type Publication } from './publication.js'
import { renderDashboardPage } from './render-page.js'
import { searchOf, stateFromSearch, withinChoices } from './url-state.js'

export type DashboardPage = {
  /** The HTML, UTF-8 encoded (half the memory of a string with non-Latin-1 characters). */
  readonly body: Uint8Array
  /** The query string the page shows, without choices the publication does not offer ("" for the defaults). */
  readonly search: string
  /** Changes with the publication and the filters; for caching what is derived from the page (compressed bodies). */
  readonly key: string
}

export type DashboardPages = {
  /** The page for a query string (`?jaar=2025&gemeente=Gennep&domein=wmo&taal=en`). */
  page(search: string): Promise<DashboardPage>
  /** Renders the default pages (Dutch and English) of the current publication, after a start or a new publication. */
  warm(): Promise<void>
}

export type DashboardPagesOptions = {
  /** The folder of the published statistics, or a function that says which one it is now (it changes per publication). */
  readonly statisticsDir: string | (() => Promise<string>)
  /** The smallest published count (KLANKBORD_MIN_CELL). */
  readonly k: number
  /** Pages kept; a page of 20 municipalities is about 200 KB, so the default holds at most about 40 MB. */
  readonly capacity?: number
}

const DEFAULT_CAPACITY = 200

export function createDashboardPages(options: DashboardPagesOptions): DashboardPages {
  const pages = new LruCache<string, Promise<DashboardPage>>(options.capacity ?? DEFAULT_CAPACITY)
  let loaded: { version: string; publication: Promise<Publication> } | undefined

  /** The publication as it is on disk now; read again (and the pages dropped) when a file changed. */
  const folder = typeof options.statisticsDir === 'string' ? async () => options.statisticsDir as string : options.statisticsDir

  async function current(): Promise<Publication> {
    const dir = await folder()
    const version = await publicationVersion(dir)
    if (loaded?.version !== version) {
      pages.clear()
      const publication = readPublication(dir)
      loaded = { version, publication }
      // A failed read is not kept: the next request tries again.
      publication.catch(() => {
        if (loaded?.publication === publication) loaded = undefined
      })
    }
    return loaded.publication
  }

  async function page(search: string): Promise<DashboardPage> {
    const publication = await current()
    // Only choices the publication offers make a key, so odd links cannot fill the cache.
    const state = withinChoices(stateFromSearch(search), publication.choices)
    const key = `${publication.version} ${searchOf(state)}`
    let rendered = pages.get(key)
    if (!rendered) {
      rendered = Promise.resolve().then(() => {
        const html = renderDashboardPage(publication, state, options.k)
        return { body: new TextEncoder().encode(html), search: searchOf(state), key }
      })
      pages.set(key, rendered)
      rendered.catch(() => pages.delete(key))
    }
    return rendered
  }

  return {
    page,
    async warm() {
      await Promise.all([page(''), page('?taal=en')])
    },
  }
}

/**
 * The dashboard's only script. The server renders the whole page (charts, tables, filters as a GET form); this
 * applies a choice at once: it fetches the server's page for the new filters, swaps in the parts that changed,
 * keeps the URL (back and forward work), focus and the announcement for screen readers right.
 */

/** Set once the first chart is on screen; the server-rendered page has it before the script runs. */
const FIRST_CHART_MARK = 'klankbord-first-chart'

/** Parts of the page the server marks with data-region; a new language swaps them all. */
const SAME_LANGUAGE_REGIONS = ['reset', 'content']
const ALL_REGIONS = ['header', 'intro', 'filters', 'content', 'footer']

type Show = {
  /** Add a history entry (a new choice), or not (back/forward, a retry of the same address). */
  readonly push: boolean
  /** Where focus goes afterwards, when not kept where it was. */
  readonly focus?: 'first-filter'
  /** Leave the page as it is when the answer is not a dashboard (e.g. still not signed in). */
  readonly quiet?: boolean
}

let pending: AbortController | undefined
/** The query string of the figures on the page; a jump to a heading (#view-kinds) changes only the hash. */
let shownSearch = location.search

const regionOf = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-region="${name}"]`)

function formUrl(form: HTMLFormElement): string {
  const url = new URL(form.action, location.href)
  url.search = new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])).toString()
  return url.href
}

function announce(text: string): void {
  const status = document.getElementById('dashboard-status')
  if (!status) return
  // Emptied first, so the same sentence twice is read out twice.
  status.textContent = ''
  requestAnimationFrame(() => (status.textContent = text))
}

function swapIn(next: Document, options: Show): void {
  if (!regionOf(document, 'content')) {
    // This page had no figures (the login notice): all of it is new.
    document.body.replaceWith(document.adoptNode(next.body))
    document.documentElement.lang = next.documentElement.lang
    document.title = next.title
    return
  }
  const announcement = regionOf(next, 'content')?.dataset.announce ?? ''
  const before = document.activeElement
  const focusedId = before && before !== document.body ? before.id : ''
  const newLanguage = next.documentElement.lang !== document.documentElement.lang
  for (const name of newLanguage ? ALL_REGIONS : SAME_LANGUAGE_REGIONS) {
    const current = regionOf(document, name)
    const replacement = regionOf(next, name)
    if (current && replacement) current.replaceWith(document.adoptNode(replacement))
  }
  if (!newLanguage) {
    // Back and forward change the choices without the user touching the form.
    for (const select of next.querySelectorAll<HTMLSelectElement>('form[data-region="filters"] select')) {
      const mine = document.querySelector<HTMLSelectElement>(`form[data-region="filters"] select[name="${select.name}"]`)
      if (mine && mine.value !== select.value) mine.value = select.value
    }
  }
  document.documentElement.lang = next.documentElement.lang
  document.title = next.title
  const lost = !document.activeElement || document.activeElement === document.body
  if (options.focus === 'first-filter') document.querySelector<HTMLElement>('form[data-region="filters"] select')?.focus()
  else if (lost && before && before !== document.body) (document.getElementById(focusedId) ?? document.getElementById('main'))?.focus({ preventScroll: true })
  announce(announcement)
}

async function show(url: string, options: Show): Promise<void> {
  pending?.abort()
  const controller = new AbortController()
  pending = controller
  const content = regionOf(document, 'content')
  content?.setAttribute('aria-busy', 'true')
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' }, signal: controller.signal })
    const next = new DOMParser().parseFromString(await response.text(), 'text/html')
    if (controller !== pending) return
    if (!response.ok || !regionOf(next, 'content')) {
      // Not a dashboard (signed out meanwhile, an error): the browser shows the server's page itself.
      if (!options.quiet) location.assign(url)
      return
    }
    swapIn(next, options)
    if (options.push) history.pushState(null, '', response.url)
    else if (new URL(response.url).search !== location.search) history.replaceState(null, '', response.url)
    shownSearch = location.search
  } catch (error) {
    if (!controller.signal.aborted && !options.quiet) location.assign(url)
  } finally {
    if (controller === pending) regionOf(document, 'content')?.removeAttribute('aria-busy')
  }
}

function onChange(event: Event): void {
  const form = (event.target as Element).closest<HTMLFormElement>('form[data-region="filters"]')
  if (form) void show(formUrl(form), { push: true })
}

function onSubmit(event: SubmitEvent): void {
  const form = (event.target as Element).closest<HTMLFormElement>('form[data-region="filters"]')
  if (!form) return
  event.preventDefault()
  void show(formUrl(form), { push: true })
}

/** "Show everything" and the language link: same page, other filters. A click with a modifier opens a tab as usual. */
function onClick(event: MouseEvent): void {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filters-link]')
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  void show(link.href, { push: true, ...(link.dataset.filtersLink === 'reset' ? { focus: 'first-filter' as const } : {}) })
}

/** A closed table does not print; the tables are the alternative to the charts, so paper gets them open. */
function onBeforePrint(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.view__table:not([open])')) {
    details.open = true
    details.dataset.openedForPrint = ''
  }
}

function onAfterPrint(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-opened-for-print]')) {
    details.open = false
    delete details.dataset.openedForPrint
  }
}

document.addEventListener('change', onChange)
document.addEventListener('submit', onSubmit)
document.addEventListener('click', onClick)
window.addEventListener('popstate', () => {
  if (location.search !== shownSearch) void show(location.href, { push: false })
})
window.addEventListener('beforeprint', onBeforePrint)
window.addEventListener('afterprint', onAfterPrint)

if (document.querySelector('.view__svg')) requestAnimationFrame(() => performance.mark(FIRST_CHART_MARK))
// The session cookie is SameSite=Strict: a link from another site (an e-mail) arrives without it. The same
// address fetched from this page carries it, so a signed-in council member still gets the figures.
if (document.querySelector('[data-access="login"]')) void show(location.href, { push: false, quiet: true })

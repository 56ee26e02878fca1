import { AnnualReportError, isReportYear, renderAnnualReport } from '@klankbord/dashboard/report'
import type { AppDeps } from '../../app-deps.js'
import { preferredLocale } from '../../http/language.js'
import { Problem } from '../../http/problem.js'
import { PUBLICATION_HEADER } from '../../http/publication-header.js'
import { confidantNameFor } from '../../services/municipalities/confidant-name.js'
import type { OperationHandler } from '../operation-handler.js'
import { requestContext } from '../service-context.js'
import { reportFileName } from './file-name.js'

const NOT_FOUND = {
  'no-statistics': { nl: 'Er zijn nog geen cijfers gepubliceerd. Draai eerst de pipeline.', en: 'No statistics have been published yet. Run the pipeline first.' },
  'no-data-for-year': { nl: 'Over dit jaar zijn geen cijfers gepubliceerd.', en: 'No statistics were published for this year.' },
  'unknown-municipality': { nl: 'Voor deze gemeente zijn geen cijfers gepubliceerd.', en: 'No statistics were published for this municipality.' },
} as const

/**
 * `getReport`: the annual report as a tagged PDF, made from the published statistics only (the same files
 * `getStatistics` serves), so no personal data is read and nothing is audited.
 */
export const getReportHandler = (deps: AppDeps): OperationHandler<'getReport'> => async (c, { params, query }) => {
  const year = Number(params().year)
  if (!isReportYear(year)) {
    const reason = preferredLocale(c.req.header('Accept-Language')) === 'nl' ? 'year: kies een jaar van 2000 tot en met 2100.' : 'year: choose a year from 2000 to 2100.'
    throw new Problem('validation-failed', { invalidParams: [{ name: 'year', code: 'out-of-range', reason }] })
  }
  const { municipality } = query()
  const published = await deps.published.current()
  if (published) c.header(PUBLICATION_HEADER, String(published.version))
  try {
    const pdf = await renderAnnualReport({
      statisticsDir: published?.dir ?? (await deps.published.dir()),
      year,
      municipality,
      k: deps.config.minCell,
      confidantName: await confidantNameFor(requestContext(c, deps), municipality),
      now: deps.now(),
    })
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${reportFileName(year, municipality)}"` })
  } catch (error) {
    if (error instanceof AnnualReportError && error.problem !== 'invalid-year') throw new Problem('not-found', { detail: NOT_FOUND[error.problem] })
    throw error
  }
}

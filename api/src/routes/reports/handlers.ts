import { defaultPaths } from '@klankbord/analytics/pipeline'
import { AnnualReportError, isReportYear, renderAnnualReport } from '@klankbord/dashboard/report'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { preferredLocale } from '../../http/language.js'
import { parseQuery } from '../../http/parse-input.js'
import { Problem } from '../../http/problem.js'
import { toInvalidParams } from '../../http/validation-messages.js'
import { confidantNameFor } from './confidant-name.js'
import { ReportQuery } from '@klankbord/contract'
import { ReportYear, reportFileName } from './query.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

const NOT_FOUND = {
  'no-statistics': { nl: 'Er zijn nog geen cijfers gepubliceerd. Draai eerst de pipeline.', en: 'No statistics have been published yet. Run the pipeline first.' },
  'no-data-for-year': { nl: 'Over dit jaar zijn geen cijfers gepubliceerd.', en: 'No statistics were published for this year.' },
  'unknown-municipality': { nl: 'Voor deze gemeente zijn geen cijfers gepubliceerd.', en: 'No statistics were published for this municipality.' },
} as const

/**
 * GET /api/v1/reports/{year}: the annual report as a tagged PDF, made from the published statistics only
 * (the same files GET /statistics serves), so no personal data is read and nothing is audited.
 */
export const getReportHandler = (deps: AppDeps): Handler => async (c) => {
  const locale = preferredLocale(c.req.header('Accept-Language'))
  const path = ReportYear.safeParse({ year: c.req.param('year') }, { reportInput: true })
  if (!path.success || !isReportYear(Number(path.data.year)))
    throw new Problem('validation-failed', {
      invalidParams: path.success
        ? [{ name: 'year', code: 'out-of-range', reason: locale === 'nl' ? 'year: kies een jaar van 2000 tot en met 2100.' : 'year: choose a year from 2000 to 2100.' }]
        : toInvalidParams(path.error.issues, locale),
    })
  const year = Number(path.data.year)
  const { municipality } = parseQuery(c, ReportQuery)
  try {
    const pdf = await renderAnnualReport({
      statisticsDir: defaultPaths(deps.config.dataDir).outDir,
      year,
      municipality,
      k: deps.config.minCell,
      confidantName: await confidantNameFor(deps.store.db, municipality),
      now: deps.now(),
    })
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${reportFileName(year, municipality)}"` })
  } catch (error) {
    if (error instanceof AnnualReportError && error.problem !== 'invalid-year') throw new Problem('not-found', { detail: NOT_FOUND[error.problem] })
    throw error
  }
}

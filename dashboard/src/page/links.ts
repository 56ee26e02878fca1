/** The addresses the dashboard links to: the API's downloads, the annual report and the login. */

const STATISTICS = '/api/v1/statistics'

/** The dashboard's own address; the filters go in its query string. */
export const DASHBOARD_PATH = '/dashboard/'

/** Where staff log in; the session cookie is shared with the dashboard. */
export const LOGIN_URL = '/inbox/'

/** A download link for one table: `format` makes the server send it as a file. */
export const tableDownloadUrl = (name: string, format: 'csv' | 'parquet'): string => `${STATISTICS}/${encodeURIComponent(name)}?format=${format}`

/** The Frictionless Data Package that describes every published table and column. */
export const DATA_PACKAGE_URL = `${STATISTICS}/datapackage.json`

/** The annual report of a year as a PDF. */
export const reportUrl = (year: string): string => `/api/v1/reports/${encodeURIComponent(year)}`

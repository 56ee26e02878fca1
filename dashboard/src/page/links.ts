// The addresses the dashboard links to: the API's downloads (from the operations table), the annual report and the login.
import { operationPath } from '@klankbord/contract/api-path'

/** The dashboard's own address; the filters go in its query string. */
export const DASHBOARD_PATH = '/dashboard/'

/** Where staff log in; the session cookie is shared with the dashboard. */
export const LOGIN_URL = '/inbox/'

/** A download link for one table: `format` makes the server send it as a file. */
export const tableDownloadUrl = (name: string, format: 'csv' | 'parquet'): string => `${operationPath('getStatistics', { table: name })}?format=${format}`

/** The Frictionless Data Package that describes every published table and column. */
export const DATA_PACKAGE_URL = operationPath('getStatisticsPackage')

/** The annual report of a year as a PDF. */
export const reportUrl = (year: string): string => operationPath('getReport', { year })

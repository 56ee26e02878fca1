// Anonymous statistics and the annual report.

export const listStatistics = { method: 'GET', path: '/statistics' } as const
export const getStatisticsPackage = { method: 'GET', path: '/statistics/datapackage.json' } as const
export const getStatistics = { method: 'GET', path: '/statistics/{table}' } as const
export const getReport = { method: 'GET', path: '/reports/{year}' } as const

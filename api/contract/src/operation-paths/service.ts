// The service itself, and the local operations through which CLI commands reach a server that holds the embedded store.

export const getHealth = { method: 'GET', path: '/health' } as const
export const getOpenApi = { method: 'GET', path: '/openapi.json' } as const
export const listConcernsLocal = { method: 'GET', path: '/local/concerns' } as const
export const addUserLocal = { method: 'POST', path: '/local/users' } as const
export const runRetentionLocal = { method: 'POST', path: '/local/retention' } as const
export const runPipelineLocal = { method: 'POST', path: '/local/pipeline' } as const
export const getPartnerLocal = { method: 'GET', path: '/local/partners/{key}' } as const
export const backupLocal = { method: 'POST', path: '/local/backup' } as const
export const reencryptLocal = { method: 'POST', path: '/local/keys/reencrypt' } as const

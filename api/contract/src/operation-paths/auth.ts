// Signing in and finishing an account.

export const login = { method: 'POST', path: '/auth/login' } as const
export const getSession = { method: 'GET', path: '/auth/session' } as const
export const logout = { method: 'POST', path: '/auth/logout' } as const
export const logoutEverywhere = { method: 'POST', path: '/auth/logout-everywhere' } as const
export const startSetup = { method: 'POST', path: '/auth/setup/start' } as const
export const finishSetup = { method: 'POST', path: '/auth/setup/finish' } as const

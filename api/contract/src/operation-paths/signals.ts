// Signals for the municipality and recommendations for the annual report.

export const listSignals = { method: 'GET', path: '/inbox/signals' } as const
export const createSignal = { method: 'POST', path: '/inbox/signals' } as const
export const updateSignal = { method: 'PATCH', path: '/inbox/signals/{id}' } as const
export const listRecommendations = { method: 'GET', path: '/inbox/recommendations' } as const
export const createRecommendation = { method: 'POST', path: '/inbox/recommendations' } as const
export const updateRecommendation = { method: 'PATCH', path: '/inbox/recommendations/{id}' } as const
export const checkPersonalData = { method: 'POST', path: '/inbox/personal-data-check' } as const

// The confidant's inbox and case work.

export const listInbox = { method: 'GET', path: '/inbox/concerns' } as const
export const getInboxVersion = { method: 'GET', path: '/inbox/version' } as const
export const createIntake = { method: 'POST', path: '/inbox/concerns' } as const
export const getCase = { method: 'GET', path: '/inbox/concerns/{id}' } as const
export const changeStatus = { method: 'POST', path: '/inbox/concerns/{id}/status' } as const
export const assignCase = { method: 'POST', path: '/inbox/concerns/{id}/assignment' } as const
export const addNote = { method: 'POST', path: '/inbox/concerns/{id}/notes' } as const
export const logContact = { method: 'POST', path: '/inbox/concerns/{id}/contacts' } as const
export const logTime = { method: 'POST', path: '/inbox/concerns/{id}/time' } as const
export const recordConsent = { method: 'POST', path: '/inbox/concerns/{id}/consents' } as const
export const sendMessage = { method: 'POST', path: '/inbox/concerns/{id}/messages' } as const
export const listInboxPartners = { method: 'GET', path: '/inbox/partners' } as const
export const listConfidants = { method: 'GET', path: '/inbox/confidants' } as const

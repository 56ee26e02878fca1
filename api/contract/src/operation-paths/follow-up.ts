// The resident's follow-up of a concern, with reference and follow-up code (the widget's follow-up view and /volg).

export const getConcernFollowUp = { method: 'GET', path: '/concerns/{reference}' } as const
export const sendResidentMessage = { method: 'POST', path: '/concerns/{reference}/messages' } as const
export const getDataCopy = { method: 'GET', path: '/concerns/{reference}/data' } as const
export const eraseConcern = { method: 'POST', path: '/concerns/{reference}/erasure' } as const

// What the widget asks on a page, before anyone interacts (the partner) and from the first step on (the challenge).
// Each file here ends up in the widget chunk that calls it, so the first load carries only these two.

export const getChallenge = { method: 'GET', path: '/challenge' } as const
export const getPartner = { method: 'GET', path: '/partners/{key}' } as const

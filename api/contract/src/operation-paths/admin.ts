// Administration: municipalities, partners, accounts, publication and the audit log.

export const listMunicipalities = { method: 'GET', path: '/admin/municipalities' } as const
export const createMunicipality = { method: 'POST', path: '/admin/municipalities' } as const
export const updateMunicipality = { method: 'PATCH', path: '/admin/municipalities/{id}' } as const
export const listPartners = { method: 'GET', path: '/admin/partners' } as const
export const createPartner = { method: 'POST', path: '/admin/partners' } as const
export const updatePartner = { method: 'PATCH', path: '/admin/partners/{id}' } as const
export const listUsers = { method: 'GET', path: '/admin/users' } as const
export const createUser = { method: 'POST', path: '/admin/users' } as const
export const updateUser = { method: 'PATCH', path: '/admin/users/{id}' } as const
export const unlockUser = { method: 'POST', path: '/admin/users/{id}/unlock' } as const
export const resetUser = { method: 'POST', path: '/admin/users/{id}/reset' } as const
export const getPublication = { method: 'GET', path: '/admin/publication' } as const
export const updatePublication = { method: 'PATCH', path: '/admin/publication' } as const
export const listAudit = { method: 'GET', path: '/admin/audit' } as const
export const getPartnerKit = { method: 'GET', path: '/admin/partners/{id}/kit' } as const
export const getPartnerPoster = { method: 'GET', path: '/admin/partners/{id}/poster' } as const
export const runJob = { method: 'POST', path: '/admin/jobs/{job}' } as const

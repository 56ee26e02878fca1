import type { PublicationSettings } from '@klankbord/contract'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { Problem } from '../../http/problem.js'
import { auditCsv, listAudit } from '../../services/audit-log/list-audit.js'
import { createMunicipality, listMunicipalities, updateMunicipality } from '../../services/municipalities/municipality-admin.js'
import { createPartner, listPartners, updatePartner } from '../../services/partners/partner-admin.js'
import { setPublication } from '../../services/settings/set-publication.js'
import { resetUser, setupUrl } from '../../services/users/create-user.js'
import { addUser, listUsers, unlockUser, updateUser } from '../../services/users/user-admin.js'
import { toUser } from '../../services/users/user-view.js'
import type { OperationHandler } from '../operation-handler.js'
import { staffContext } from '../service-context.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

/** The link's origin: the configured public URL, else the address this request came in on. */
function baseUrl(c: Context<AppEnv>, deps: AppDeps): string {
  return deps.config.publicUrl ?? new URL(c.req.url).origin
}

export const listMunicipalitiesHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listMunicipalities(staffContext(c, deps)) })

export const createMunicipalityHandler = (deps: AppDeps): OperationHandler<'createMunicipality'> => async (c, { body }) =>
  c.json(await createMunicipality(staffContext(c, deps), await body()), 201)

export const updateMunicipalityHandler = (deps: AppDeps): OperationHandler<'updateMunicipality'> => async (c, { body }) => {
  const updated = await updateMunicipality(staffContext(c, deps), c.req.param('id') ?? '', await body())
  if (!updated) throw new Problem('not-found')
  return c.json(updated)
}

export const listPartnersHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listPartners(staffContext(c, deps)) })

export const createPartnerHandler = (deps: AppDeps): OperationHandler<'createPartner'> => async (c, { body }) => c.json(await createPartner(staffContext(c, deps), await body()), 201)

export const updatePartnerHandler = (deps: AppDeps): OperationHandler<'updatePartner'> => async (c, { body }) => {
  const updated = await updatePartner(staffContext(c, deps), c.req.param('id') ?? '', await body())
  if (!updated) throw new Problem('not-found')
  return c.json(updated)
}

export const listUsersHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listUsers(staffContext(c, deps)) })

export const createUserHandler = (deps: AppDeps): OperationHandler<'createUser'> => async (c, { body }) => {
  const { row, token } = await addUser(staffContext(c, deps), await body())
  return c.json({ user: toUser(row), setupUrl: setupUrl(baseUrl(c, deps), token) }, 201)
}

export const updateUserHandler = (deps: AppDeps): OperationHandler<'updateUser'> => async (c, { body }) => {
  const updated = await updateUser(staffContext(c, deps), c.req.param('id') ?? '', await body())
  if (!updated) throw new Problem('not-found')
  return c.json(updated)
}

export const unlockUserHandler = (deps: AppDeps): Handler => async (c) => {
  if (!(await unlockUser(staffContext(c, deps), c.req.param('id') ?? ''))) throw new Problem('not-found')
  return c.body(null, 204)
}

export const resetUserHandler = (deps: AppDeps): Handler => async (c) => {
  const reset = await resetUser(staffContext(c, deps), c.req.param('id') ?? '')
  if (!reset) throw new Problem('not-found')
  return c.json({ user: toUser(reset.row), setupUrl: setupUrl(baseUrl(c, deps), reset.token) }, 201)
}

export const listAuditHandler = (deps: AppDeps): OperationHandler<'listAudit'> => async (c, { query }) => {
  const { format, ...filter } = query()
  const items = await listAudit(staffContext(c, deps), filter, format === 'csv' ? 'export' : 'read')
  if (format === 'csv')
    return c.body(auditCsv(items), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="klankbord-logboek-${new Date().toISOString().slice(0, 10)}.csv"` })
  return c.json({ items })
}

export const getPublicationHandler = (deps: AppDeps): Handler => async (c) => c.json({ statisticsPublic: await deps.publication.statisticsPublic() } satisfies PublicationSettings)

export const updatePublicationHandler = (deps: AppDeps): OperationHandler<'updatePublication'> => async (c, { body }) => {
  const { statisticsPublic } = await body()
  await setPublication(staffContext(c, deps), statisticsPublic)
  return c.json({ statisticsPublic } satisfies PublicationSettings)
}

import type { PublicationSettings } from '@klankbord/contract'
import type { Context } from 'hono'
import type { AppDeps, AppEnv } from '../../app-deps.js'
import { signedIn } from '../../auth/guard.js'
import { Problem } from '../../http/problem.js'
import { createMunicipality, listMunicipalities, updateMunicipality } from '../../services/municipalities/municipality-admin.js'
import { createPartner, listPartners, updatePartner } from '../../services/partners/partner-admin.js'
import { assertMunicipalities, listUsers, updateUser } from '../../services/users/user-admin.js'
import { auditCsv, listAudit } from '../../services/audit-log/list-audit.js'
import { PROCESSING_ACTIVITIES } from '../../services/shared/audit/processing-activities.js'
import { recordAudit, type AuditEvent } from '../../services/shared/audit/record-audit.js'
import { createUser, resetUser, setupUrl } from '../../services/users/create-user.js'
import { unlockUser } from '../../services/users/login.js'
import { toUser } from '../../services/users/user-view.js'
import type { OperationHandler } from '../operation-handler.js'
import { requestTrace } from '../request-trace.js'

type Handler = (c: Context<AppEnv>) => Promise<Response>

/** Every change an administrator makes is in the audit log too. */
function auditAdmin(
  c: Context<AppEnv>,
  deps: AppDeps,
  name: string,
  objectType: AuditEvent['objectType'],
  objectId: string | null,
  processingActivity: AuditEvent['processingActivity'] = PROCESSING_ACTIVITIES.accountManagement,
) {
  const { user } = signedIn(c)
  return recordAudit(deps.store.db, { name, actor: { id: user.id, role: user.role }, processingActivity, objectType, objectId, startTime: deps.now(), ...requestTrace(c, deps) })
}

/** The link's origin: the configured public URL, else the address this request came in on. */
function baseUrl(c: Context<AppEnv>, deps: AppDeps): string {
  return deps.config.publicUrl ?? new URL(c.req.url).origin
}

export const listMunicipalitiesHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listMunicipalities(deps.store.db) })

export const createMunicipalityHandler = (deps: AppDeps): OperationHandler<'createMunicipality'> => async (c, { body }) => {
  const created = await createMunicipality(deps.store.db, await body(), deps.now())
  await auditAdmin(c, deps, 'municipality.create', 'municipality', created.id)
  return c.json(created, 201)
}

export const updateMunicipalityHandler = (deps: AppDeps): OperationHandler<'updateMunicipality'> => async (c, { body }) => {
  const updated = await updateMunicipality(deps.store.db, c.req.param('id') ?? '', await body())
  if (!updated) throw new Problem('not-found')
  deps.partners.invalidate()
  await auditAdmin(c, deps, 'municipality.update', 'municipality', updated.id)
  return c.json(updated)
}

export const listPartnersHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listPartners(deps.store.db) })

export const createPartnerHandler = (deps: AppDeps): OperationHandler<'createPartner'> => async (c, { body }) => {
  const created = await createPartner(deps.store.db, await body(), deps.now())
  deps.partners.invalidate()
  await auditAdmin(c, deps, 'partner.create', 'partner', created.id)
  return c.json(created, 201)
}

export const updatePartnerHandler = (deps: AppDeps): OperationHandler<'updatePartner'> => async (c, { body }) => {
  const updated = await updatePartner(deps.store.db, c.req.param('id') ?? '', await body())
  if (!updated) throw new Problem('not-found')
  deps.partners.invalidate()
  await auditAdmin(c, deps, 'partner.update', 'partner', updated.id)
  return c.json(updated)
}

export const listUsersHandler = (deps: AppDeps): Handler => async (c) => c.json({ items: await listUsers(deps.store.db) })

export const createUserHandler = (deps: AppDeps): OperationHandler<'createUser'> => async (c, { body }) => {
  const input = await body()
  await assertMunicipalities(deps.store.db, input.municipalityIds)
  const { row, token } = await createUser(deps.store.db, input, deps.now())
  await auditAdmin(c, deps, 'user.create', 'user', row.id)
  return c.json({ user: toUser(row), setupUrl: setupUrl(baseUrl(c, deps), token) }, 201)
}

export const updateUserHandler = (deps: AppDeps): OperationHandler<'updateUser'> => async (c, { body }) => {
  const updated = await updateUser(deps.store.db, c.req.param('id') ?? '', await body(), deps.now())
  if (!updated) throw new Problem('not-found')
  await auditAdmin(c, deps, 'user.update', 'user', updated.id)
  return c.json(updated)
}

export const unlockUserHandler = (deps: AppDeps): Handler => async (c) => {
  const id = c.req.param('id') ?? ''
  if (!(await unlockUser(deps.store.db, id))) throw new Problem('not-found')
  await auditAdmin(c, deps, 'user.unlock', 'user', id)
  return c.body(null, 204)
}

export const resetUserHandler = (deps: AppDeps): Handler => async (c) => {
  const reset = await resetUser(deps.store.db, c.req.param('id') ?? '', deps.now())
  if (!reset) throw new Problem('not-found')
  await auditAdmin(c, deps, 'user.reset', 'user', reset.row.id)
  return c.json({ user: toUser(reset.row), setupUrl: setupUrl(baseUrl(c, deps), reset.token) }, 201)
}

export const listAuditHandler = (deps: AppDeps): OperationHandler<'listAudit'> => async (c, { query }) => {
  const { format, ...filter } = query()
  const items = await listAudit(deps.store.db, filter)
  // Reading the audit log is itself logged: who looked at whose traces is worth knowing.
  await auditAdmin(c, deps, format === 'csv' ? 'audit-log.export' : 'audit-log.read', 'audit-log', null, PROCESSING_ACTIVITIES.auditReview)
  if (format === 'csv')
    return c.body(auditCsv(items), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="klankbord-logboek-${new Date().toISOString().slice(0, 10)}.csv"` })
  return c.json({ items })
}

export const getPublicationHandler = (deps: AppDeps): Handler => async (c) => c.json({ statisticsPublic: await deps.publication.statisticsPublic() } satisfies PublicationSettings)

export const updatePublicationHandler = (deps: AppDeps): OperationHandler<'updatePublication'> => async (c, { body }) => {
  const { statisticsPublic } = await body()
  await deps.publication.setStatisticsPublic(statisticsPublic, signedIn(c).user.id, deps.now())
  await auditAdmin(c, deps, statisticsPublic ? 'publication.public' : 'publication.private', 'setting', 'statistics-public', PROCESSING_ACTIVITIES.accountManagement)
  return c.json({ statisticsPublic } satisfies PublicationSettings)
}

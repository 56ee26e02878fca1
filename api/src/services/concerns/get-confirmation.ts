import type { ConcernCreated } from '@klankbord/contract'
import type { ContactMode } from '@klankbord/contract/vocabulary'
import type { ServiceContext } from '../shared/service-context.js'
import { concernForCode, type ResidentCredentials } from './concern-for-code.js'

/**
 * The resident's confirmation again, for reference and code: what the end page of /meld shows, to show it in another
 * language. Undefined when the reference is unknown or the code is wrong.
 */
export async function getConfirmation(
  context: ServiceContext,
  credentials: ResidentCredentials,
): Promise<{ created: ConcernCreated; contactMode: ContactMode; partnerId: string | null } | undefined> {
  const concern = await concernForCode(context, credentials)
  if (!concern) return undefined
  return {
    created: { reference: concern.reference, followUpCode: credentials.code, createdAt: concern.createdAt.toISOString(), firstContactBy: concern.firstContactBy },
    contactMode: concern.contactMode as ContactMode,
    partnerId: concern.partnerId,
  }
}

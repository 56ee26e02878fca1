import * as z from 'zod/mini'
import { namedObject } from './named-object.js'
import { PARTNER_KINDS } from './vocabulary.js'

/** Public details a widget needs: who it sends to, and how to reach the confidant otherwise. */
export const PartnerInfo = namedObject('PartnerInfo', 'Openbare gegevens van een partnerwebsite en de gemeente.', {
  partner: z.object({ name: z.string(), kind: z.enum(PARTNER_KINDS) }),
  municipality: z.object({
    name: z.string(),
    confidantName: z.string().register(z.globalRegistry, { description: 'Naam van de dienst of de vertrouwenspersoon.' }),
    confidantPhone: z.string(),
    walkInHours: z.string().register(z.globalRegistry, { description: 'Inloopspreekuur, in gewone taal.' }),
    privacyStatementUrl: z.url().register(z.globalRegistry, { description: 'Adres van de privacyverklaring; altijd `https:` (of `http:` op localhost).' }),
    firstContactWorkingDays: z.int().check(z.minimum(1), z.maximum(20)),
  }),
})
export type PartnerInfo = z.infer<typeof PartnerInfo>

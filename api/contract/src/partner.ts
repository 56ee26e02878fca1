import * as z from 'zod'
import { PARTNER_KINDS } from './vocabulary.js'

/** Public details a widget needs: who it sends to, and how to reach the confidant otherwise. */
export const PartnerInfo = z
  .object({
    partner: z.object({ name: z.string(), kind: z.enum(PARTNER_KINDS) }),
    municipality: z.object({
      name: z.string(),
      confidantName: z.string().meta({ description: 'Naam van de dienst of de vertrouwenspersoon.' }),
      confidantPhone: z.string(),
      walkInHours: z.string().meta({ description: 'Inloopspreekuur, in gewone taal.' }),
      privacyStatementUrl: z.url().meta({ description: 'Adres van de privacyverklaring; altijd `https:` (of `http:` op localhost).' }),
      firstContactWorkingDays: z.int().min(1).max(20),
    }),
  })
  .meta({ id: 'PartnerInfo', description: 'Openbare gegevens van een partnerwebsite en de gemeente.' })
export type PartnerInfo = z.infer<typeof PartnerInfo>

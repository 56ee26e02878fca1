import { msg } from '@lit/localize'
import type { Outcome } from '@klankbord/contract/vocabulary'

/** How a closed concern ended, said to the resident in plain words; the contract's labels are the confidant's shorthand. */
export const outcomeText = (outcome: Outcome): string =>
  (
    ({
      resolved: () => msg('Uw probleem is opgelost.'),
      'partly-resolved': () => msg('Uw probleem is voor een deel opgelost.'),
      'formal-complaint': () => msg('De vertrouwenspersoon heeft u gewezen op de klachtenregeling. Hieronder leest u hoe u een klacht indient.'),
      objection: () => msg('U heeft bezwaar gemaakt tegen het besluit. De gemeente behandelt uw bezwaar.'),
      withdrawn: () => msg('De melding is gestopt. U wilde niet verder, of de vertrouwenspersoon kon u niet bereiken.'),
      'not-resolved': () => msg('Uw probleem is niet opgelost.'),
    }) satisfies Record<Outcome, () => string>
  )[outcome]()

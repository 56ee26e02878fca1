import { msg } from '@lit/localize'
import type { ConcernInput } from '@klankbord/contract'
import { LIMITS, type Domain, type Wish } from '@klankbord/contract/vocabulary'
import { isEmailAddress, isPhoneNumber } from '@klankbord/contract/contact-formats'
import { toIsoDate } from '@klankbord/contract/dates'
import type { Answers, Field, FieldErrors } from './answers.js'
import type { Locale } from './localization.js'


export const todayIso = (): string => toIsoDate(new Date())

export function validateStep(step: number, a: Answers): FieldErrors {
  const errors: FieldErrors = new Map()
  const add = (field: Field, ok: boolean, message: () => string) => ok || errors.set(field, message())
  if (step === 1) add('domain', !!a.domain, () => msg('Kies waar het over gaat.'))
  if (step === 2) {
    add('kinds', a.kinds.length > 0, () => msg('Kies wat er mis ging. U mag meer dan één keuze maken.'))
    add('description', !!a.description.trim(), () => msg('Schrijf kort op wat er gebeurde.'))
    add('description', a.description.length <= LIMITS.descriptionMax, () => msg('Uw tekst is te lang. Maak hem korter.'))
    add('organisation', a.organisation.length <= LIMITS.organisationMax, () => msg('Deze naam is te lang.'))
    add('decisionDate', !a.decisionDate || (/^\d{4}-\d\d-\d\d$/.test(a.decisionDate) && a.decisionDate <= todayIso()), () =>
      msg('Vul een datum in die niet in de toekomst ligt.'),
    )
  }
  if (step === 3) add('wish', !!a.wish, () => msg('Kies wat u zou helpen.'))
  if (step === 4) {
    add('contactMode', !!a.contactMode, () => msg('Kies hoe wij u kunnen bereiken.'))
    if (a.contactMode === 'email')
      add('email', isEmailAddress(a.email) && a.email.trim().length <= LIMITS.emailMax, () => msg('Vul een goed e-mailadres in, zoals naam@voorbeeld.nl.'))
    if (a.contactMode === 'phone') {
      add('phone', isPhoneNumber(a.phone), () => msg('Vul een goed telefoonnummer in, zoals 06 12345678.'))
      add('bestTime', a.bestTime.length <= LIMITS.bestTimeMax, () => msg('Deze tekst is te lang.'))
    }
    if (a.contactMode && a.contactMode !== 'none') add('name', a.name.length <= LIMITS.nameMax, () => msg('Deze naam is te lang.'))
  }
  if (step === 5) add('consent', a.consent, () => msg('Geef toestemming om uw melding te versturen.'))
  return errors
}

const optional = (value: string) => value.trim() || undefined

/** The request body without the proof of work; empty optional fields are left out. */
export function toConcernInput(a: Answers, partner: string, locale: Locale): Omit<ConcernInput, 'pow'> {
  const name = optional(a.name)
  const contact: ConcernInput['contact'] =
    a.contactMode === 'email'
      ? { mode: 'email', email: a.email.trim(), ...(name && { name }) }
      : a.contactMode === 'phone'
        ? { mode: 'phone', phone: a.phone.trim(), ...(name && { name }), ...(optional(a.bestTime) && { bestTime: a.bestTime.trim() }) }
        : { mode: 'none' }
  return {
    partner,
    domain: a.domain as Domain,
    kinds: a.kinds,
    description: a.description.trim(),
    wish: a.wish as Wish,
    ...(optional(a.organisation) && { organisation: a.organisation.trim() }),
    ...(a.decisionDate && { decisionDate: a.decisionDate }),
    onBehalfOf: a.onBehalfOf,
    contact,
    locale,
    consent: true,
    website: a.website,
  }
}

import type { ContactMode, Domain, Kind, Wish } from './vocabulary.js'

/**
 * What a resident has filled in so far in the intake, before it is a request: the widget's steps and the pages of
 * `/meld` (which carry it from page to page in the form) keep the same fields.
 */
export interface IntakeDraft {
  domain: Domain | ''
  kinds: Kind[]
  description: string
  organisation: string
  decisionDate: string
  wish: Wish | ''
  contactMode: ContactMode | ''
  email: string
  phone: string
  name: string
  bestTime: string
  onBehalfOf: boolean
  consent: boolean
  /** The honeypot: people never see it, so it stays empty. */
  website: string
}

/** Nothing filled in yet. */
export const emptyIntakeDraft = (): IntakeDraft => ({
  domain: '',
  kinds: [],
  description: '',
  organisation: '',
  decisionDate: '',
  wish: '',
  contactMode: '',
  email: '',
  phone: '',
  name: '',
  bestTime: '',
  onBehalfOf: false,
  consent: false,
  website: '',
})

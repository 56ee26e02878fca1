import type { Locale } from '@klankbord/contract/vocabulary'
import { en } from './messages-en.js'
import { nl, type Messages } from './messages-nl.js'

const CATALOGUES: Record<Locale, Messages> = { nl, en }

/** The dashboard's texts in a language. */
export const messages = (locale: Locale): Messages => CATALOGUES[locale]

export type { Messages }

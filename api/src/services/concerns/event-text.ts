import type { Cipher } from '../../security/cipher.js'
import { CIPHER_CONTEXTS } from '../../security/cipher-contexts.js'

/** The free text of an event (note, summary, organisation, activity), encrypted together. */
export type EventText = { text?: string; organisation?: string }

export function encryptEventText(cipher: Cipher, eventId: string, text: EventText): string | null {
  return text.text || text.organisation ? cipher.encrypt(JSON.stringify(text), CIPHER_CONTEXTS.event(eventId)) : null
}

export function decryptEventText(cipher: Cipher, eventId: string, cipherText: string | null): EventText {
  return cipherText ? (JSON.parse(cipher.decrypt(cipherText, CIPHER_CONTEXTS.event(eventId))) as EventText) : {}
}

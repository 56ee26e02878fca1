import type { Cipher } from '../../security/cipher.js'

/** The free text of an event (note, summary, organisation, activity), encrypted together. */
export type EventText = { text?: string; organisation?: string }

export const eventContext = (eventId: string) => `event:${eventId}`

export function encryptEventText(cipher: Cipher, eventId: string, text: EventText): string | null {
  return text.text || text.organisation ? cipher.encrypt(JSON.stringify(text), eventContext(eventId)) : null
}

export function decryptEventText(cipher: Cipher, eventId: string, cipherText: string | null): EventText {
  return cipherText ? (JSON.parse(cipher.decrypt(cipherText, eventContext(eventId))) as EventText) : {}
}

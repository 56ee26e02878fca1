/**
 * The associated data each encrypted field is bound to: a ciphertext moved to another row or field does not
 * decrypt. Defined once, because writing and reading must agree to the letter.
 */
export const CIPHER_CONTEXTS = {
  contact: (concernId: string) => `concern:${concernId}:contact`,
  description: (concernId: string) => `concern:${concernId}:description`,
  organisation: (concernId: string) => `concern:${concernId}:organisation`,
  message: (messageId: string) => `message:${messageId}`,
  event: (eventId: string) => `event:${eventId}`,
  idempotentAnswer: (key: string) => `idempotency:${key}`,
  totp: (userId: string) => `user:${userId}:totp`,
} as const

/** The secret in groups of four, easier to read and type over. */
export const groupSecret = (secret: string): string => secret.replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? ''

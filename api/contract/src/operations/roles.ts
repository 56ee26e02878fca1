/** Case data is for confidants only: an administrator manages accounts and settings, the council sees statistics. */
export const CONFIDANT = ['confidant'] as const
export const ADMIN = ['administrator'] as const
export const STAFF = ['confidant', 'administrator', 'council'] as const

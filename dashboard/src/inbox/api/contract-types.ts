import type {
  AssignInput as AssignInputSchema,
  AuditList as AuditListSchema,
  ConsentInput as ConsentInputSchema,
  Created as CreatedSchema,
  InboxVersion as InboxVersionSchema,
  MessageInput as MessageInputSchema,
  MunicipalityList as MunicipalityListSchema,
  NoteInput as NoteInputSchema,
  PartnerList as PartnerListSchema,
  PersonalDataCheck as PersonalDataCheckSchema,
  PersonList as PersonListSchema,
  SetupLink as SetupLinkSchema,
  SignalList as SignalListSchema,
  TimeLogInput as TimeLogInputSchema,
  UserList as UserListSchema,
  UserUpdate as UserUpdateSchema,
} from '@klankbord/contract'

/** The output type of a contract schema, read through Standard Schema so the inbox needs no zod of its own. */
type Output<Schema extends { readonly '~standard': { readonly types?: unknown } }> = NonNullable<Schema['~standard']['types']> extends { readonly output: infer O } ? O : never

// The contract exports these schemas without a type of the same name.
export type AssignInput = Output<typeof AssignInputSchema>
export type NoteInput = Output<typeof NoteInputSchema>
export type TimeLogInput = Output<typeof TimeLogInputSchema>
export type ConsentInput = Output<typeof ConsentInputSchema>
export type MessageInput = Output<typeof MessageInputSchema>
export type Created = Output<typeof CreatedSchema>
export type InboxVersion = Output<typeof InboxVersionSchema>
export type PersonList = Output<typeof PersonListSchema>
export type Person = PersonList['items'][number]
export type SignalList = Output<typeof SignalListSchema>
export type PersonalDataCheck = Output<typeof PersonalDataCheckSchema>
export type MunicipalityList = Output<typeof MunicipalityListSchema>
export type PartnerList = Output<typeof PartnerListSchema>
export type UserList = Output<typeof UserListSchema>
export type UserUpdate = Output<typeof UserUpdateSchema>
export type SetupLink = Output<typeof SetupLinkSchema>
export type AuditList = Output<typeof AuditListSchema>

/**
 * The processing activities of the register of processing (AVG art. 30) that Klankbord's logged actions
 * belong to. The Logboek Dataverwerkingen links every log entry to one, as `dpl.core.processing_activity_id`.
 */
export const PROCESSING_ACTIVITIES = {
  caseHandling: 'klankbord:verwerking:casusbehandeling-vertrouwenspersoon',
  residentRights: 'klankbord:verwerking:rechten-van-betrokkene',
  residentDialogue: 'klankbord:verwerking:contact-met-inwoner',
  accountManagement: 'klankbord:verwerking:accountbeheer',
  retention: 'klankbord:verwerking:bewaartermijn',
  auditReview: 'klankbord:verwerking:controle-logboek',
} as const
export type ProcessingActivity = (typeof PROCESSING_ACTIVITIES)[keyof typeof PROCESSING_ACTIVITIES]

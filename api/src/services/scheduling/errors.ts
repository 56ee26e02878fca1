/** Another instance runs the job now; it may be asked again once that instance's lease would have run out. */
export class JobBusyError extends Error {
  override name = 'JobBusyError'
  constructor(readonly retryAfterSeconds: number) {
    super(`Deze taak loopt nu op een andere server; probeer het over ${retryAfterSeconds} s opnieuw. / This job is running on another server; try again in ${retryAfterSeconds} s.`)
  }
}

import type { Config } from '../../config.js'
import { INSTANCE_ID } from './instance-id.js'
import type { JobLease } from './run-job.js'

/** This instance's lease on a job, as configured (KLANKBORD_JOB_LEASE_SECONDS). */
export const jobLeaseOf = (config: Pick<Config, 'jobLeaseSeconds'>): JobLease => ({ owner: INSTANCE_ID, leaseMs: config.jobLeaseSeconds * 1000 })

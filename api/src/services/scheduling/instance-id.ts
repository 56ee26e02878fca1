import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

/** This process among the instances on one store: host and process id (for the operator) and a random part (pids repeat). */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`

import type { Db } from '../core/context'

// The joins from a batch (or a case) to its duty, leader and reception day, written once; each
// caller adds its own columns and where. All are inner joins along NOT NULL keys: a batch always
// stands at a duty on a day, so they narrow nothing.

/** A batch with the duty (table) it stands at. */
export const batchAtDuty = (db: Db) =>
  db.selectFrom('batch').innerJoin('duty', 'duty.id', 'batch.duty_id')

/** A batch with its duty and the duty's leader. */
export const batchAtTable = (db: Db) =>
  batchAtDuty(db).innerJoin('leader', 'leader.id', 'duty.leader_id')

/** A batch with its duty and its reception day. */
export const batchOfDay = (db: Db) =>
  batchAtDuty(db).innerJoin('reception_day', 'reception_day.id', 'batch.day_id')

/** A case with the batch it came from and its reception day. */
export const caseOfBatch = (db: Db) =>
  db
    .selectFrom('petition_case')
    .innerJoin('batch', 'batch.id', 'petition_case.batch_id')
    .innerJoin('reception_day', 'reception_day.id', 'petition_case.day_id')

/** A case with its batch, reception day and the duty that received it. */
export const caseAtDuty = (db: Db) => caseOfBatch(db).innerJoin('duty', 'duty.id', 'batch.duty_id')

/** The people of a day's batches (batch_member with its batch and person). */
export const membersOfDay = (db: Db, dayId: number) =>
  db
    .selectFrom('batch_member')
    .innerJoin('batch', 'batch.id', 'batch_member.batch_id')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .where('batch.day_id', '=', dayId)

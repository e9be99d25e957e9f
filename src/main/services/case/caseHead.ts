import type { Db } from '../core/context'
import { caseOfBatch } from '../batch/batchJoins'

/** A case with its batch, day, category and township, selecting the columns every view of a
 * case shows (the list, the detail, the documents); each caller adds its own. */
export const caseHead = (db: Db) =>
  caseOfBatch(db)
    .leftJoin('category', 'category.id', 'petition_case.category_id')
    .leftJoin('township', 'township.code', 'petition_case.township_code')
    .select([
      'petition_case.id',
      'petition_case.case_no',
      'petition_case.batch_id',
      'petition_case.nature',
      'petition_case.summary',
      'petition_case.accepted_on',
      'petition_case.deadline_rule',
      'reception_day.date as dayDate',
      'category.name as categoryName',
      'township.name as townshipName',
    ])

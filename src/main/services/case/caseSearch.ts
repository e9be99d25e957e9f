import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely'
import { normaliseIdNumber } from '@shared/person/idNumber'
import { checkPhone } from '@shared/person/phone'
import type { Database } from '../../store/schema'
import type { Db } from '../core/context'
import { searchSummaries } from '../desk/searchSummaries'

// The cases page's search (issue 14 item 10): one text, matched every way a clerk may know a
// case by. A case matches if any of these holds:
//   - its number contains the text (case numbers are upper-case: JF20261127-023-1);
//   - the name of a member of its batch contains it;
//   - a member's full ID number equals it (normalised: spaces dropped, x → X);
//   - a member's phone equals it (normalised as the desk stores it), or — 4 or more digits that
//     are not a whole number — ends with it (尾号: what the masked phone still shows);
//   - its department's name contains it;
//   - its batch's summary has every word of it (the desk's summary search: FTS5 / pg_trgm).
// Names and department names ignore ASCII case on both databases (lower() on both sides).
//
// An accusation (检举控告) is never matched by its summary, nor by who brought it: the accuser's
// identity is protected as its content is (信访工作条例 art. 30 ¶3), so a name, ID number or
// phone typed here must not tell that this person accused someone. Its number and department
// still find it (the list shows both anyway, the summary withheld).
//
// The answer holds no personal data (a row has no name, ID number or phone, not even masked), so
// a search by full ID number or phone writes no read audit entry (unlike desk.lookup, whose
// answer names the persons found).

/** Batch summaries considered (newest first, every hall's: the summary index spans them). */
export const SUMMARY_HITS = 1000
const PHONE_SUFFIX_MIN = 4

type Eb = ExpressionBuilder<Database, 'petition_case' | 'batch' | 'department'>

/** `column like pattern`, the text's own LIKE wildcards taken literally (standard ESCAPE);
 * `anyAfter`: text may follow it (contains), else the column ends with it. */
const like = (column: Expression<string | null>, text: string, anyAfter: boolean) =>
  sql<SqlBool>`${column} like ${`%${text.replace(/[\\%_]/g, '\\$&')}${anyAfter ? '%' : ''}`} escape '\\'`
const contains = (column: Expression<string | null>, text: string) => like(column, text, true)
const endsWith = (column: Expression<string | null>, text: string) => like(column, text, false)

const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase())

/**
 * The condition "this case matches `query`", for the case list's `where` (the summary search
 * runs first: its index answers batch ids).
 */
export async function caseMatch(db: Db, query: string) {
  const batchIds = await searchSummaries(db, query, SUMMARY_HITS)
  const phone = checkPhone(query)
  const digits = query.replace(/[\s-]+/g, '')
  const suffix = !phone.ok && /^\d+$/.test(digits) && digits.length >= PHONE_SUFFIX_MIN
  const folded = lowerAscii(query)
  return (eb: Eb) => {
    const notAccusation = eb.and([
      eb('petition_case.nature', '!=', 'accusation'),
      eb('batch.nature', '!=', 'accusation'),
    ])
    const byPerson = eb.exists(
      eb
        .selectFrom('batch_member')
        .innerJoin('person', 'person.id', 'batch_member.person_id')
        .select('batch_member.person_id')
        .whereRef('batch_member.batch_id', '=', 'petition_case.batch_id')
        .where((p) =>
          p.or([
            contains(p.fn('lower', [p.ref('person.name')]), folded),
            p('person.id_number', '=', normaliseIdNumber(query)),
            ...(phone.ok ? [p('person.phone', '=', phone.value)] : []),
            ...(suffix ? [endsWith(p.ref('person.phone'), digits)] : []),
          ]),
        ),
    )
    return eb.or([
      contains(eb.ref('petition_case.case_no'), query.toUpperCase()),
      contains(eb.fn('lower', [eb.ref('department.name')]), folded),
      eb.and([notAccusation, byPerson]),
      ...(batchIds.length > 0
        ? [eb.and([notAccusation, eb('petition_case.batch_id', 'in', batchIds)])]
        : []),
    ])
  }
}

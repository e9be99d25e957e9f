import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resolvePerson } from '../../../src/main/services/batch/persons'
import { idCheckCharacter } from '@shared/person/idNumber'
import { tempStore, type TempStore } from '../../support/tempStore'

// A registration finds the person on file by ID number (one statement, see persons.ts) or
// creates them: the record keeps its name, township and birth data; the contact given now is
// taken, the contact left out is kept.

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore()
})
afterEach(() => hall.close())

const ID = '11010519491231002X'
const TODAY = '2026-10-21'
type Member = Parameters<typeof resolvePerson>[2]
const member = (given: Partial<Member> & { name: string }): Member => ({
  idNumber: undefined,
  phone: undefined,
  address: undefined,
  ...given,
})
/** Born the day after TODAY. */
const FUTURE = '11010520261022001' + idCheckCharacter('11010520261022001')

describe('the person behind a registered member', () => {
  it('is created once and found again by ID number, keeping what is on file', async () => {
    const { db } = hall.services
    const resolve = (at: string, person: Partial<Member> & { name: string }, township?: string) =>
      db.transaction().execute((trx) => resolvePerson(trx, at, member(person), township, TODAY))
    await db
      .insertInto('township')
      .values([
        { code: '330726101', name: '黄宅镇', county_code: '330726' },
        { code: '330726102', name: '白马镇', county_code: '330726' },
      ])
      .execute()
    const person = () =>
      db
        .selectFrom('person')
        .select(['name', 'phone', 'address', 'township_code', 'birth_date', 'sex', 'updated_at'])
        .where('id_number', '=', ID)
        .executeTakeFirstOrThrow()

    const created = await resolve(
      '2026-10-01T01:00:00.000Z',
      { name: '张三', idNumber: ID, phone: '13800000001', address: '黄宅镇一号' },
      '330726101',
    )
    expect(created).toEqual({ personId: expect.any(Number) })
    expect(await person()).toEqual({
      name: '张三',
      phone: '13800000001',
      address: '黄宅镇一号',
      township_code: '330726101',
      birth_date: '1949-12-31',
      sex: 'female',
      updated_at: '2026-10-01T01:00:00.000Z',
    })

    // Nothing new to take: the record is unchanged, its time of change too.
    expect(await resolve('2026-10-02T01:00:00.000Z', { name: '张三', idNumber: ID })).toEqual(
      created,
    )
    expect((await person()).updated_at).toBe('2026-10-01T01:00:00.000Z')

    // Another name under the same ID number is flagged, not taken; a new phone is taken, the
    // address left out is kept, the township of this visit does not move the person.
    expect(
      await resolve(
        '2026-10-03T01:00:00.000Z',
        { name: '张叁', idNumber: ID, phone: '13900000002' },
        '330726102',
      ),
    ).toEqual({ ...created, registeredAs: '张三' })
    expect(await person()).toEqual({
      name: '张三',
      phone: '13900000002',
      address: '黄宅镇一号',
      township_code: '330726101',
      birth_date: '1949-12-31',
      sex: 'female',
      updated_at: '2026-10-03T01:00:00.000Z',
    })
    const count = await db
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(1)
  })

  it('without an ID number is found by name and phone, or created', async () => {
    const { db } = hall.services
    const resolve = (person: Partial<Member> & { name: string }) =>
      db
        .transaction()
        .execute((trx) =>
          resolvePerson(trx, '2026-10-01T01:00:00.000Z', member(person), undefined, TODAY),
        )
    const first = await resolve({ name: '李四', phone: '13800000003' })
    expect(await resolve({ name: '李四', phone: '13800000003' })).toEqual(first)
    expect((await resolve({ name: '李四' })).personId).not.toBe(first.personId)
    expect((await resolve({ name: '王五', phone: '13800000003' })).personId).not.toBe(
      first.personId,
    )
  })

  it('with an ID number whose birth date is after the hall’s today is refused', async () => {
    const { db } = hall.services
    await expect(
      db
        .transaction()
        .execute((trx) =>
          resolvePerson(
            trx,
            '2026-10-01T01:00:00.000Z',
            member({ name: '未来', idNumber: FUTURE }),
            undefined,
            TODAY,
          ),
        ),
    ).rejects.toMatchObject({ key: 'id.futureBirthDate' })
    expect(Number(await hall.value(sql`select count(*) from person`))).toBe(0)
  })
})

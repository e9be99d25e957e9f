import type { z } from 'zod'
import type { PersonInput } from '@shared/contract'
import { checkIdNumber } from '@shared/person/idNumber'
import type { Trx } from '../core/context'
import { DomainError } from '../core/domainError'

type Person = z.output<typeof PersonInput>

export interface ResolvedPerson {
  personId: number
  /** Set when the ID number is already registered under another name (flagged, not blocked). */
  registeredAs?: string
}

/**
 * Finds the person behind a registration (by ID number, else by name and phone) or
 * creates them, so that repeat visits link to one record.
 */
export async function resolvePerson(
  trx: Trx,
  at: string,
  person: Person,
  townshipCode: string | undefined,
  /** The hall's date: an ID number's birth date may not be after it. */
  today: string,
): Promise<ResolvedPerson> {
  // The contract refuses only birth dates after the latest date anywhere on Earth (it has no
  // clock); the hall's own date is checked here, on the hall's clock.
  const derived = person.idNumber ? checkIdNumber(person.idNumber, today) : undefined
  if (derived && !derived.ok) throw new DomainError(derived.error)
  if (!person.idNumber && person.phone) {
    const known = await trx
      .selectFrom('person')
      .select('id')
      .where('phone', '=', person.phone)
      .where('name', '=', person.name)
      .executeTakeFirst()
    if (known) return { personId: known.id }
  }

  // By ID number in one statement (one round trip on PostgreSQL): a person on file keeps their
  // name, township and birth data and takes the contact given now; anyone else is created.
  const row = await trx
    .insertInto('person')
    .values({
      name: person.name,
      id_number: person.idNumber ?? null,
      phone: person.phone ?? null,
      address: person.address ?? null,
      township_code: townshipCode ?? null,
      birth_date: derived?.ok ? derived.birthDate : null,
      sex: derived?.ok ? derived.sex : null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.column('id_number').doUpdateSet((eb) => ({
        phone: eb.fn.coalesce('excluded.phone', 'person.phone'),
        address: eb.fn.coalesce('excluded.address', 'person.address'),
        updated_at: eb
          .case()
          .when(eb.and([eb('excluded.phone', 'is', null), eb('excluded.address', 'is', null)]))
          .then(eb.ref('person.updated_at'))
          .else(eb.ref('excluded.updated_at'))
          .end(),
      })),
    )
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow()
  return row.name === person.name
    ? { personId: row.id }
    : { personId: row.id, registeredAs: row.name }
}

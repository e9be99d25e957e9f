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
  if (person.idNumber) {
    const checked = checkIdNumber(person.idNumber, today)
    if (!checked.ok) throw new DomainError(checked.error)
  }
  if (person.idNumber) {
    const known = await trx
      .selectFrom('person')
      .select(['id', 'name'])
      .where('id_number', '=', person.idNumber)
      .executeTakeFirst()
    if (known) {
      await fillMissingContact(trx, at, known.id, person)
      return known.name === person.name
        ? { personId: known.id }
        : { personId: known.id, registeredAs: known.name }
    }
  } else if (person.phone) {
    const known = await trx
      .selectFrom('person')
      .select('id')
      .where('phone', '=', person.phone)
      .where('name', '=', person.name)
      .executeTakeFirst()
    if (known) return { personId: known.id }
  }

  const derived = person.idNumber ? checkIdNumber(person.idNumber, today) : undefined
  const created = await trx
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
    .returning('id')
    .executeTakeFirstOrThrow()
  return { personId: created.id }
}

async function fillMissingContact(trx: Trx, at: string, personId: number, person: Person) {
  const patch: { phone?: string; address?: string } = {}
  if (person.phone) patch.phone = person.phone
  if (person.address) patch.address = person.address
  if (Object.keys(patch).length === 0) return
  await trx
    .updateTable('person')
    .set({ ...patch, updated_at: at })
    .where('id', '=', personId)
    .execute()
}

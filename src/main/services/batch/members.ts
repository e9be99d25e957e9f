import type { z } from 'zod'
import type { BatchKind, PersonInput, RegisteredBatch } from '@shared/contract'
import type { Trx } from '../core/context'
import { DomainError } from '../core/domainError'
import { resolvePerson } from './persons'

type Person = z.output<typeof PersonInput>

export interface ResolvedMembers {
  personIds: number[]
  nameMismatches: RegisteredBatch['nameMismatches']
}

/** The persons behind a batch's named members, each once; ID numbers on file under another name flagged. */
export async function resolveMembers(
  trx: Trx,
  at: string,
  members: readonly Person[],
  townshipCode: string | undefined,
  today: string,
): Promise<ResolvedMembers> {
  const personIds: number[] = []
  const nameMismatches: ResolvedMembers['nameMismatches'] = []
  for (const [index, member] of members.entries()) {
    const resolved = await resolvePerson(trx, at, member, townshipCode, today)
    if (personIds.includes(resolved.personId))
      throw new DomainError('batch.samePersonTwice', { index: index + 1 })
    personIds.push(resolved.personId)
    if (resolved.registeredAs) nameMismatches.push({ index, registeredAs: resolved.registeredAs })
  }
  return { personIds, nameMismatches }
}

/** Writes a batch's members in order: a group's named persons are its representatives. */
export async function insertMembers(
  trx: Trx,
  batchId: number,
  kind: BatchKind,
  personIds: readonly number[],
): Promise<void> {
  await trx
    .insertInto('batch_member')
    .values(
      personIds.map((personId, sort) => ({
        batch_id: batchId,
        person_id: personId,
        role: kind === 'group' ? ('representative' as const) : ('petitioner' as const),
        sort,
      })),
    )
    .execute()
}

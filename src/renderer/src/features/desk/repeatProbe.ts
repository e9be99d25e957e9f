import { checkIdNumber } from '@shared/person/idNumber'
import { checkPhone } from '@shared/person/phone'
import type { LookupInput } from '@shared/contract'
import type { MemberValues } from './registrationValues'

/**
 * What of a visitor's identity is worth a look-up yet: only complete, valid parts, so that
 * every keystroke does not ask the hub about half a number.
 */
export function repeatProbe(
  dayId: number,
  member: MemberValues | undefined,
  townshipCode: string | null,
): LookupInput | null {
  if (!member) return null
  const id = checkIdNumber(member.idNumber)
  const phone = checkPhone(member.phone)
  const name = member.name.trim()
  const probe: LookupInput = { dayId }
  if (id.ok) probe.idNumber = id.value
  if (phone.ok) probe.phone = phone.value
  if (name && (townshipCode || id.ok)) probe.name = name
  if (name && townshipCode) probe.townshipCode = townshipCode
  return probe.idNumber || probe.phone || probe.townshipCode ? probe : null
}

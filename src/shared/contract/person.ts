import { z } from 'zod'
import { checkIdNumber } from '../person/idNumber'
import { checkPhone } from '../person/phone'
import { optionalText, requiredText } from './common'

/** An ID number: validated, normalised (upper-case X); empty means "not given". */
export const IdNumberField = z
  .string()
  .max(40, { message: 'validation.tooLong' })
  .optional()
  .transform((raw, ctx) => {
    if (!raw || !raw.trim()) return undefined
    const checked = checkIdNumber(raw)
    if (checked.ok) return checked.value
    ctx.addIssue({ code: 'custom', message: checked.error })
    return z.NEVER
  })

export const PhoneField = z
  .string()
  .max(40, { message: 'validation.tooLong' })
  .optional()
  .transform((raw, ctx) => {
    if (!raw || !raw.trim()) return undefined
    const checked = checkPhone(raw)
    if (checked.ok) return checked.value
    ctx.addIssue({ code: 'custom', message: checked.error })
    return z.NEVER
  })

export const PersonInput = z.object({
  name: requiredText(40),
  idNumber: IdNumberField,
  phone: PhoneField,
  address: optionalText(200),
})
export type PersonInput = z.input<typeof PersonInput>

import { z } from 'zod'

/** Calendar date as YYYY-MM-DD; messages are i18n keys translated at the hub. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' })
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })
export const Id = z.number().int().positive()
export const TableNo = z.number().int().min(1, { message: 'validation.tableNo' }).max(99)
export const Timestamp = z.string()

export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'validation.required' })
    .max(max, { message: 'validation.tooLong' })

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .optional()
    .transform((v) => (v ? v : undefined))

export const documentKind = {
  slip: 'Case slip',
  commitment: 'Closure commitment',
  notice: 'Notice of non-acceptance',
  acceptance_notice: 'Notice of acceptance',
  extension_notice: 'Notice of extension',
  handling_opinion: 'Handling opinion',
  reminder_slip: 'Reminder slip',
  on_spot_record: 'On-the-spot record',
}

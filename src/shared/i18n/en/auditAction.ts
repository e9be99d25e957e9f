import type { Messages } from '../messages'

export const auditAction: Messages['auditAction'] = {
  appointment: 'Appointment',
  backup: 'Backup',
  batch: 'Registration',
  calendar: 'Working calendar',
  case: 'Case',
  category: 'Category',
  day: 'Reception day',
  demo: 'Demo data',
  department: 'Department',
  device: 'Device',
  duty: 'Duty',
  followUp: 'Follow-up',
  leader: 'Leader',
  outcome: 'Outcome',
  people: 'People',
  queue: 'Queue',
  read: 'Full personal data read',
  settings: 'Settings',
  township: 'Township',
}

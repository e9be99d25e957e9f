export const common = {
  save: 'Save',
  saved: 'Saved',
  cancel: 'Cancel',
  add: 'Add',
  remove: 'Remove',
  loading: 'Loading…',
  none: 'None',
  table: 'Table {{tableNo}}',
  tableNo: 'Table no.',
  error: 'Not done',
}

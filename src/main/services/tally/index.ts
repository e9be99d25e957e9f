// The day's tally : counting, freezing at close, and the exports.
export { computeTally, tallyOf, type TallyCore, type TallyOptions } from './computeTally'
export { figuresOf, durationStats, secondsBetween, type BatchFacts } from './figures'
export { loadDay, type LoadedDay } from './load'
export { detailRows } from './detailRows'
export { getTally, readTally, tallyForExport } from './getTally'
export { cityFigures } from './city'
export { readSnapshot, type FrozenTally } from './snapshot'
export {
  exportDay,
  exportFileName,
  tallyWorkbook,
  tallyXlsx,
  tallyCsv,
  detailCsv,
  EXPORT_TYPES,
  type ExportKind,
} from './export'

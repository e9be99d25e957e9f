// The A4 look of the case documents (交办单, 限期办结承诺书, 书面告知): GB/T 9704 in spirit, like
// the announcement — the issuing hall in red above a red rule, a centred bold serif title,
// body in 仿宋, labels in 黑体, issuer and date at the right, signature lines on one grid.

const SERIF =
  '"FangSong", "FangSong_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
const TITLE =
  '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
const HEI = '"SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'

export const caseDocumentCss = `
@page { size: A4; margin: 18mm 20mm 16mm }
.print-sheet { width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 18mm 20mm 16mm;
  position: relative; }
@media print {
  .print-sheet { width: auto; min-height: 0; padding: 0; }
  .mantine-Notifications-root { display: none !important; }
}
.case-doc { font-family: ${SERIF}; font-size: 13pt; line-height: 1.55; color: #000; position: relative; }
.case-doc .masthead { font-family: ${TITLE}; color: #c00; text-align: center; font-size: 17pt;
  font-weight: 700; letter-spacing: 0.12em; padding-bottom: 2mm; border-bottom: 1.2pt solid #c00; }
.case-doc h1 { font-family: ${TITLE}; font-weight: 700; font-size: 20pt; line-height: 1.4;
  text-align: center; margin: 5mm 0 1mm; letter-spacing: 0.08em; }
.case-doc .number { text-align: right; font-size: 12pt; margin-bottom: 3mm;
  font-variant-numeric: tabular-nums; }
.case-doc p { margin: 0; text-align: justify; }
.case-doc p.indent { text-indent: 2em; }
.case-doc .addressee { margin-top: 1mm; }
.case-doc table.fields { width: 100%; border-collapse: collapse; margin: 3mm 0; font-size: 12pt;
  line-height: 1.4; table-layout: fixed; }
.case-doc table.fields th, .case-doc table.fields td { border: 0.75pt solid #000;
  padding: 1.2mm 2.2mm; vertical-align: middle; text-align: left; word-break: break-all; }
.case-doc table.fields th { font-family: ${HEI}; font-weight: 400; width: 22mm; text-align: center;
  white-space: nowrap; }
.case-doc table.fields td.wide { white-space: pre-wrap; }
.case-doc table.fields tr { break-inside: avoid; }
.case-doc ol.requirements { margin: 0; padding-left: 1.4em; }
.case-doc ol.requirements li { margin: 0; }
.case-doc .items p { text-indent: 2em; }
.case-doc .closing { break-inside: avoid; }
.case-doc .issuer { margin-top: 6mm; text-align: right; padding-right: 2em; }
.case-doc .issuer .block { display: inline-block; text-align: center; }
.case-doc .signatures { display: grid; grid-template-columns: max-content 48mm max-content 36mm;
  column-gap: 2mm; row-gap: 9mm; align-items: end; margin-top: 10mm; break-inside: avoid; }
.case-doc .signatures .label { text-align: right; white-space: nowrap; }
.case-doc .signatures .line { border-bottom: 0.75pt solid #000; height: 7mm; }
.case-doc .signatures .date { white-space: pre; border-bottom: 0.75pt solid #000; text-align: right;
  height: 7mm; line-height: 7mm; }
.case-doc .note { font-size: 11pt; margin-top: 4mm; }
.case-doc .footer { display: flex; align-items: baseline; gap: 4mm; margin-top: 6mm;
  font-family: ${HEI}; font-size: 8.5pt; color: #444; }
.case-doc .footer .archive { margin: 0 0 0 auto; white-space: nowrap; }
.case-doc .provisional-note { margin: 0; }
.case-doc .receipt { margin-top: 6mm; padding-top: 3mm; border-top: 0.75pt dashed #000;
  display: grid; grid-template-columns: max-content 48mm max-content 36mm; column-gap: 2mm;
  align-items: end; break-inside: avoid; }
.case-doc .receipt .line { border-bottom: 0.75pt solid #000; height: 7mm; }
.case-doc .receipt .date { white-space: pre; border-bottom: 0.75pt solid #000; text-align: right;
  height: 7mm; line-height: 7mm; }
.case-doc .archive { margin-top: 3mm; font-family: ${HEI}; font-size: 8.5pt; color: #444;
  text-align: right; }
.case-doc .void { border: 1.5pt solid #c00; color: #c00; font-family: ${HEI}; font-size: 12pt;
  padding: 2mm 3mm; margin: 3mm 0 1mm; }
.case-doc .void-mark { position: absolute; top: 95mm; left: 0; right: 0; text-align: center;
  font-family: ${HEI}; font-size: 120pt; color: rgba(204, 0, 0, 0.14); transform: rotate(-24deg);
  pointer-events: none; letter-spacing: 0.3em; }
`

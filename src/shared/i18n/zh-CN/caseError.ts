export const caseError = {
  notFound: '找不到该信访事项',
  documentNotFound: '找不到该文书',
  outcomeChanged: '处理结果刚被更正，请重新打开后再打印',
  no: {
    slip: '只有交办、转送的事项才打印交办单',
    commitment: '只有交办的事项才打印限期办结承诺书',
    notice: '只有不予受理的事项才打印书面告知',
  },
  noPaper: '该步骤没有可打印的文书',
  notPdf: '不是 PDF 文件',
  pdfExists: '该文书的 PDF 已存档，不能替换',
}

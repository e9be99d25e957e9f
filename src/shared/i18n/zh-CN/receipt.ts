export const receipt = {
  notFound: '找不到该登记',
  cancelled: '该登记已作废，不能打印回执',
}

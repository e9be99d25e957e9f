export const app = {
  name: '接访日',
  fullName: '县领导接访日',
}

export const devices = {
  role: {
    admin: 'administration',
    desk: 'front desk',
    leader: 'leader’s table',
    staff: 'follow-up staff',
    board: 'hall board',
    kiosk: 'self-service kiosk',
  },
}

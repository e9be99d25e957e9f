export * from './auditLog'
export * from './people'
export * from './secretHash'
export * from './signIn'

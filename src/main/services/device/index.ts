export * from './devices'
export * from './pairingCodes'
export * from './secret'

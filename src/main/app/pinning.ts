import type { Session } from 'electron'
import { pinnedVerdict, type HubPin } from './certificatePin'

/**
 * A desktop app started as a client of another PC's hub ("connect to the hall's hub") trusts
 * that hub's self-made hall certificate by the fingerprint its pairing QR carried, and refuses
 * any other certificate under the hub's address; other hosts get Chromium's own check.
 * The decision is certificatePin.ts's (tested there); this only hands it to the session.
 */
export function pinHallCertificate(session: Session, pin: HubPin): void {
  session.setCertificateVerifyProc((request, callback) => {
    callback(pinnedVerdict(pin, { hostname: request.hostname, pem: request.certificate.data }))
  })
}

import { useQuery } from '@tanstack/react-query'
import QRCode from 'qrcode'

/** A QR code of `text` as an SVG data URL (crisp at any print resolution), or null while made. */
export function useQrCode(text: string | undefined): string | null {
  const qr = useQuery({
    queryKey: ['qr-code', text],
    enabled: text !== undefined,
    staleTime: Infinity,
    queryFn: async () => {
      const svg = await QRCode.toString(text ?? '', {
        type: 'svg',
        margin: 0,
        errorCorrectionLevel: 'M',
      })
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
    },
  })
  return qr.data ?? null
}

import { Alert, Button, Group, Loader } from '@mantine/core'
import { useEffect, useRef, type ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { usePrintLanguage } from './usePrintLanguage'

interface PrintFrameProps {
  /** The document's title (the file name a "save as PDF" suggests). */
  title: string
  /** `@page` and `.print-sheet` rules of this template: only present while it is shown. */
  pageCss: string
  ready: boolean
  error: string | null
  /** Called once after an automatic print (`?autoprint=1`). */
  onAutoPrinted?: () => void
  /** Replaces the toolbar's print (a template that records each print, then prints). */
  onPrint?: () => void
  children: ReactNode
}

const FRAME_CSS = `
.print-screen { min-height: 100vh; background: #e9ecef; padding: 16px 0 32px; }
.print-sheet { background: #fff; color: #000; margin: 0 auto; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
@media print {
  .print-screen { background: none; padding: 0; min-height: 0; }
  .print-sheet { box-shadow: none; margin: 0; }
  .print-toolbar { display: none !important; }
  html, body { background: #fff !important; }
}
`

/**
 * A print template outside the shell: the sheet, on screen a toolbar to print or close,
 * and with `?autoprint=1` the browser's print as soon as the content is ready
 * (then `&back=1` returns to the page that opened it in the same window).
 */
export function PrintFrame(props: PrintFrameProps) {
  const { t } = usePrintLanguage()
  const [params] = useSearchParams()
  const autoprint = params.get('autoprint') === '1'
  const back = params.get('back') === '1'
  const printed = useRef(false)
  const { ready, onAutoPrinted } = props

  useEffect(() => {
    const before = document.title
    document.title = props.title
    return () => {
      document.title = before
    }
  }, [props.title])

  useEffect(() => {
    if (!ready || !autoprint || printed.current) return
    // Let the browser lay out the final content (fonts, QR image) before printing.
    const frame = requestAnimationFrame(() => {
      printed.current = true
      window.print()
      onAutoPrinted?.()
      if (back) history.back()
    })
    return () => cancelAnimationFrame(frame)
  }, [ready, autoprint, back, onAutoPrinted])

  return (
    <div className="print-screen">
      <style>{FRAME_CSS + props.pageCss}</style>
      <Group className="print-toolbar" justify="center" mb="md">
        <Button
          onClick={() => (props.onPrint ? props.onPrint() : window.print())}
          disabled={!ready}
        >
          {t('print.printNow')}
        </Button>
        <Button variant="default" onClick={() => (back ? history.back() : window.close())}>
          {t('print.close')}
        </Button>
      </Group>
      {props.error ? (
        <Alert color="red" maw={600} mx="auto" role="alert">
          {t('print.failed', { message: props.error })}
        </Alert>
      ) : (
        <div className="print-sheet" data-print-ready={ready ? 'true' : 'false'}>
          {props.children}
        </div>
      )}
      {!ready && !props.error && (
        <Group className="print-toolbar" justify="center" mt="md">
          <Loader size="sm" aria-label={t('print.preparing')} />
        </Group>
      )}
    </div>
  )
}

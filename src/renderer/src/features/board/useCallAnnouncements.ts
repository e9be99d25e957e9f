import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardView } from '@shared/contract'
import {
  createAnnouncer,
  spokenNumber,
  spokenTicket,
  type Announcer,
  type AnnouncerState,
  type SpeechSynthesisLike,
  type UtteranceLike,
} from '@shared/speech/announcer'

/**
 * Announces every new call and recall of the board aloud (each announce key once; the calls
 * already on the board when it opens are not repeated). Without speech synthesis or without a
 * Chinese voice the board stays silent.
 */
export function useCallAnnouncements(board: BoardView | undefined): {
  state: AnnouncerState
  unblock: () => void
} {
  const { i18n } = useTranslation()
  const announcer = useRef<Announcer | null>(null)
  const seen = useRef<Set<number> | null>(null)
  const [state, setState] = useState<AnnouncerState>('silent')

  useEffect(() => {
    const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return
    const created = createAnnouncer(synth as unknown as SpeechSynthesisLike, {
      createUtterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
      onStateChange: setState,
    })
    announcer.current = created
    setState(created.state)
    // Chromium lists its voices only after 'voiceschanged'.
    const onVoices = () => created.refreshVoices()
    synth.addEventListener('voiceschanged', onVoices)
    return () => {
      synth.removeEventListener('voiceschanged', onVoices)
      created.dispose()
      announcer.current = null
    }
  }, [])

  useEffect(() => {
    if (!board) return
    if (seen.current === null) {
      seen.current = new Set(board.calls.map((c) => c.announceKey))
      return
    }
    const said = seen.current
    const spoken = i18n.getFixedT('zh-CN')
    const fresh = board.calls
      .filter((c) => !said.has(c.announceKey))
      .sort((a, b) => a.announceKey - b.announceKey)
    for (const call of fresh) {
      said.add(call.announceKey)
      announcer.current?.announce(
        spoken('board.spoken', {
          ticket: spokenTicket(call.ticket),
          tableNo: spokenNumber(call.tableNo),
        }),
      )
    }
  }, [board, i18n])

  return { state, unblock: () => announcer.current?.unblock() }
}

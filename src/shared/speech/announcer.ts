// The hall board's voice: calls said aloud one after another, each twice, through the Web
// Speech API. Everything browser-specific comes in through `SpeechSynthesisLike` and
// `createUtterance`, so tests fake the browser API at this boundary and nothing else.

export interface VoiceLike {
  lang: string
  name: string
  default?: boolean
  localService?: boolean
}

/** The parts of SpeechSynthesisUtterance the announcer sets. */
export interface UtteranceLike {
  text: string
  lang: string
  voice: VoiceLike | null
  rate: number
  onend: ((event: unknown) => void) | null
  onerror: ((event: { error?: string }) => void) | null
}

/** The parts of window.speechSynthesis the announcer uses; it never calls cancel(). */
export interface SpeechSynthesisLike {
  speak(utterance: UtteranceLike): void
  getVoices(): VoiceLike[]
}

export type AnnouncerState = 'idle' | 'speaking' | 'silent' | 'blocked'

export interface AnnouncerOptions {
  createUtterance: (text: string) => UtteranceLike
  /** Times each call is said (REFERENCE.md: twice). */
  repeat?: number
  /** Pause between two utterances. */
  gapMs?: number
  rate?: number
  /** If the engine never reports the end of an utterance, go on after this long. */
  maxUtteranceMs?: (text: string) => number
  onStateChange?: (state: AnnouncerState) => void
}

export interface Announcer {
  /** Queues a call; returns false (and says nothing) when no Chinese voice is installed. */
  announce(text: string): boolean
  /** Utterances waiting behind the one being spoken. */
  readonly pending: number
  readonly state: AnnouncerState
  /** After a user gesture: try again once the engine refused to speak without one. */
  unblock(): void
  /** Re-reads the installed voices (after the browser's 'voiceschanged'). */
  refreshVoices(): void
  dispose(): void
}

/** A Mandarin voice for the board: zh-CN first, then any other Mandarin one; none → null. */
export function pickVoice(voices: readonly VoiceLike[]): VoiceLike | null {
  const lang = (v: VoiceLike) => v.lang.toLowerCase().replace('_', '-')
  return (
    voices.find((v) => lang(v) === 'zh-cn' && v.localService !== false) ??
    voices.find((v) => lang(v) === 'zh-cn') ??
    voices.find((v) => lang(v) === 'cmn-cn' || lang(v) === 'zh' || lang(v) === 'zh-hans-cn') ??
    null
  )
}

export function createAnnouncer(synth: SpeechSynthesisLike, options: AnnouncerOptions): Announcer {
  const repeat = options.repeat ?? 2
  const gapMs = options.gapMs ?? 700
  const maxMs = options.maxUtteranceMs ?? ((text: string) => 4_000 + text.length * 600)
  const queue: string[] = []
  let speaking = false
  let disposed = false
  let state: AnnouncerState = pickVoice(synth.getVoices()) ? 'idle' : 'silent'
  let gapTimer: ReturnType<typeof setTimeout> | undefined

  const setState = (next: AnnouncerState) => {
    if (next === state) return
    state = next
    options.onStateChange?.(next)
  }

  const pump = () => {
    if (disposed || speaking || state === 'blocked') return
    const text = queue.shift()
    if (text === undefined) {
      setState(pickVoice(synth.getVoices()) ? 'idle' : 'silent')
      return
    }
    const voice = pickVoice(synth.getVoices())
    if (!voice) {
      queue.length = 0
      setState('silent')
      return
    }
    speaking = true
    setState('speaking')
    const utterance = options.createUtterance(text)
    utterance.lang = 'zh-CN'
    utterance.voice = voice
    utterance.rate = options.rate ?? 0.9
    let finished = false
    const finish = (blocked: boolean) => {
      if (finished) return
      finished = true
      clearTimeout(guard)
      speaking = false
      if (disposed) return
      if (blocked) {
        // Autoplay policy: nothing can be said before a user gesture; stale calls are dropped.
        queue.length = 0
        setState('blocked')
        return
      }
      gapTimer = setTimeout(pump, gapMs)
    }
    const guard = setTimeout(() => finish(false), maxMs(text))
    utterance.onend = () => finish(false)
    utterance.onerror = (event) => finish(event?.error === 'not-allowed')
    synth.speak(utterance)
  }

  return {
    announce(text) {
      if (disposed || !pickVoice(synth.getVoices())) {
        if (!disposed && !speaking) setState('silent')
        return false
      }
      if (state === 'silent') setState('idle')
      for (let i = 0; i < repeat; i++) queue.push(text)
      pump()
      return true
    },
    get pending() {
      return queue.length
    },
    get state() {
      return state
    },
    unblock() {
      if (state !== 'blocked') return
      setState('idle')
      pump()
    },
    refreshVoices() {
      if (disposed || speaking || state === 'blocked') return
      setState(pickVoice(synth.getVoices()) ? 'idle' : 'silent')
    },
    dispose() {
      disposed = true
      queue.length = 0
      clearTimeout(gapTimer)
    },
  }
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** Ticket "023" → "零二三": said digit by digit, as halls call numbers. */
export function spokenTicket(ticket: string): string {
  return Array.from(ticket, (c) => (/\d/.test(c) ? CHINESE_DIGITS[Number(c)] : c)).join('')
}

/** Table 3 → "三", 12 → "十二", 20 → "二十" (1–99). */
export function spokenNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n)
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`
}

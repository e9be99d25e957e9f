import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createAnnouncer,
  pickVoice,
  spokenNumber,
  spokenTicket,
  type UtteranceLike,
  type VoiceLike,
} from '@shared/speech/announcer'

const zh: VoiceLike = { name: 'Chinese (China)', lang: 'zh-CN', localService: true }
const en: VoiceLike = { name: 'English', lang: 'en-US' }

/** A fake window.speechSynthesis: records what is spoken and flags any overlap. */
function fakeSynth(voices: VoiceLike[]) {
  const spoken: string[] = []
  let current: UtteranceLike | null = null
  let overlaps = 0
  return {
    voices,
    spoken,
    get overlaps() {
      return overlaps
    },
    get current() {
      return current
    },
    getVoices: () => voices,
    speak(u: UtteranceLike) {
      if (current) overlaps++
      current = u
      spoken.push(u.text)
    },
    /** The engine finishes the utterance being spoken. */
    end() {
      const u = current
      current = null
      u?.onend?.({})
    },
    fail(error: string) {
      const u = current
      current = null
      u?.onerror?.({ error })
    },
  }
}

const utterance = (text: string): UtteranceLike => ({
  text,
  lang: '',
  voice: null,
  rate: 1,
  onend: null,
  onerror: null,
})

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the board announcer', () => {
  it('says each call twice, one utterance after another, in order', () => {
    const synth = fakeSynth([en, zh])
    const announcer = createAnnouncer(synth, { createUtterance: utterance, gapMs: 500 })
    expect(announcer.announce('请零二三号到三号接待桌')).toBe(true)
    expect(announcer.announce('请零二四号到一号接待桌')).toBe(true)
    // Only the first is handed to the engine; the rest wait their turn.
    expect(synth.spoken).toEqual(['请零二三号到三号接待桌'])
    expect(announcer.pending).toBe(3)
    expect(synth.current?.voice).toBe(zh)
    expect(synth.current?.lang).toBe('zh-CN')

    vi.advanceTimersByTime(3_000) // still speaking: nothing new starts
    expect(synth.spoken).toHaveLength(1)
    synth.end()
    expect(synth.spoken).toHaveLength(1) // a short pause between utterances
    vi.advanceTimersByTime(500)
    expect(synth.spoken).toHaveLength(2)
    for (let i = 0; i < 3; i++) {
      synth.end()
      vi.advanceTimersByTime(500)
    }
    expect(synth.spoken).toEqual([
      '请零二三号到三号接待桌',
      '请零二三号到三号接待桌',
      '请零二四号到一号接待桌',
      '请零二四号到一号接待桌',
    ])
    expect(synth.overlaps).toBe(0)
    expect(announcer.state).toBe('idle')
  })

  it('is silent where no Chinese voice is installed, and speaks once one appears', () => {
    const synth = fakeSynth([en])
    const states: string[] = []
    const announcer = createAnnouncer(synth, {
      createUtterance: utterance,
      onStateChange: (s) => states.push(s),
    })
    expect(announcer.state).toBe('silent')
    expect(announcer.announce('请零零一号到一号接待桌')).toBe(false)
    expect(synth.spoken).toEqual([])
    expect(announcer.pending).toBe(0)

    synth.voices.push(zh) // voices load late in Chromium ('voiceschanged')
    expect(announcer.announce('请零零二号到一号接待桌')).toBe(true)
    expect(synth.spoken).toEqual(['请零零二号到一号接待桌'])
    expect(states).toEqual(['idle', 'speaking'])
  })

  it('goes on when the engine never reports the end of an utterance', () => {
    const synth = fakeSynth([zh])
    const announcer = createAnnouncer(synth, {
      createUtterance: utterance,
      repeat: 1,
      gapMs: 100,
      maxUtteranceMs: () => 8_000,
    })
    announcer.announce('甲')
    announcer.announce('乙')
    vi.advanceTimersByTime(7_999)
    expect(synth.spoken).toEqual(['甲'])
    vi.advanceTimersByTime(101)
    expect(synth.spoken).toEqual(['甲', '乙'])
    // A late end event of the first utterance does not start a third one early.
    synth.end()
    expect(synth.spoken).toEqual(['甲', '乙'])
  })

  it('waits for a user gesture when the browser refuses to speak without one', () => {
    const synth = fakeSynth([zh])
    const announcer = createAnnouncer(synth, { createUtterance: utterance, gapMs: 0 })
    announcer.announce('请零零一号到一号接待桌')
    synth.fail('not-allowed')
    expect(announcer.state).toBe('blocked')
    expect(announcer.pending).toBe(0) // stale calls are not said later
    announcer.announce('请零零二号到一号接待桌')
    expect(synth.spoken).toHaveLength(1)
    announcer.unblock()
    expect(synth.spoken).toEqual(['请零零一号到一号接待桌', '请零零二号到一号接待桌'])
    // Any other error just moves on to the next utterance.
    synth.fail('synthesis-failed')
    vi.advanceTimersByTime(0)
    expect(synth.spoken).toHaveLength(3)
  })

  it('says nothing more once disposed', () => {
    const synth = fakeSynth([zh])
    const announcer = createAnnouncer(synth, { createUtterance: utterance, gapMs: 0 })
    announcer.announce('甲')
    announcer.dispose()
    synth.end()
    vi.runAllTimers()
    expect(synth.spoken).toEqual(['甲'])
    expect(announcer.announce('乙')).toBe(false)
  })
})

describe('voices and spoken numbers', () => {
  it('prefers a zh-CN voice and takes no Cantonese or English one', () => {
    expect(pickVoice([en, { name: 'HK', lang: 'zh-HK' }])).toBeNull()
    expect(pickVoice([{ name: 'remote', lang: 'zh-CN', localService: false }, zh])).toBe(zh)
    expect(pickVoice([{ name: 'espeak', lang: 'cmn-CN' }])?.name).toBe('espeak')
    expect(pickVoice([{ name: 'android', lang: 'zh_CN' }])?.name).toBe('android')
  })

  it('says tickets digit by digit and tables as numbers', () => {
    expect(spokenTicket('023')).toBe('零二三')
    expect(spokenTicket('100')).toBe('一零零')
    expect([1, 3, 10, 12, 20, 35].map(spokenNumber)).toEqual([
      '一',
      '三',
      '十',
      '十二',
      '二十',
      '三十五',
    ])
  })
})

describe('voices loading late', () => {
  it('reports a voice once the browser lists it', () => {
    const synth = fakeSynth([])
    const announcer = createAnnouncer(synth, { createUtterance: utterance })
    expect(announcer.state).toBe('silent')
    synth.voices.push(zh)
    announcer.refreshVoices()
    expect(announcer.state).toBe('idle')
  })
})

// Which Chromium platform switches the desktop app runs with on Linux, decided once before the
// app is ready. Pure (no electron import), so the decision is unit-tested under plain Node.
//
// - Electron 38+ runs natively on Wayland when the session is Wayland, and Wayland lets no
//   program place its own windows: leader screens and the board would open on whatever display
//   the compositor picks. The app runs on X11 (XWayland under a Wayland session) unless told
//   otherwise. Chromium reads --ozone-platform before any JavaScript runs, so
//   app.commandLine.appendSwitch is too late for it: the switch must be on the real command
//   line (the .desktop entry from electron-builder.yml, the npm scripts), and a start without
//   it relaunches itself once with it (app.relaunch).
// - Speech synthesis on Linux goes through speech-dispatcher only with
//   --enable-speech-dispatcher; without it the board is silent even with a Chinese voice
//   installed. Chromium reads this one lazily, at the first utterance, so appending it at
//   startup works; the relaunch passes it too.

export type Env = Readonly<Record<string, string | undefined>>

/** What the board says is in effect (also outside Linux, where nothing is switched). */
export interface ShellPlatformInfo {
  /** 'x11' or 'wayland' on Linux; 'native' on Windows and macOS. */
  display: 'x11' | 'wayland' | 'native'
  /** 'speech-dispatcher' on Linux with the switch; 'system' where the OS speaks natively. */
  speech: 'speech-dispatcher' | 'off' | 'system'
}

export interface LinuxLaunchPlan {
  /** Relaunch with these arguments (then exit) before anything else, or undefined. */
  relaunchArgs: string[] | undefined
  /**
   * The program to relaunch: an AppImage's own file ($APPIMAGE), not the executable inside
   * its mount, which goes away when this process exits; undefined: the running executable.
   */
  relaunchExecPath?: string | undefined
  /** Switches to append to this process's command line before ready. */
  appendSwitches: string[]
  info: ShellPlatformInfo
}

const OZONE_CHOICES = ['x11', 'wayland', 'auto'] as const
type OzoneChoice = (typeof OZONE_CHOICES)[number]

/** The value of `--name=value` or `--name value` on a command line; the last one wins. */
export function switchValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined
  for (const [i, arg] of argv.entries()) {
    if (arg === `--${name}`) value = argv[i + 1]
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3)
  }
  return value
}

const isOzoneChoice = (value: string | undefined): value is OzoneChoice =>
  (OZONE_CHOICES as readonly string[]).includes(value ?? '')

/** `auto` is Wayland when the session offers a Wayland display, X11 otherwise. */
function resolveAuto(env: Env): 'x11' | 'wayland' {
  return (env['WAYLAND_DISPLAY'] ?? '') !== '' || env['XDG_SESSION_TYPE'] === 'wayland'
    ? 'wayland'
    : 'x11'
}

/**
 * The Linux plan. `RECEPTION_DAY_OZONE_PLATFORM` (x11, wayland or auto; default x11) chooses
 * the display platform, `RECEPTION_DAY_SPEECH_DISPATCHER=0` turns the speech switch off; a
 * `--ozone-platform` on the command line is kept as given. `mayRelaunch` is false under the
 * dev server, whose process must not be replaced.
 */
export function linuxLaunchPlan(
  platform: NodeJS.Platform,
  argv: readonly string[],
  env: Env,
  mayRelaunch: boolean,
): LinuxLaunchPlan {
  if (platform !== 'linux') {
    return {
      relaunchArgs: undefined,
      appendSwitches: [],
      info: { display: 'native', speech: 'system' },
    }
  }
  const speechOn = env['RECEPTION_DAY_SPEECH_DISPATCHER'] !== '0'
  const speechSwitch = '--enable-speech-dispatcher'
  const hasSpeechSwitch = argv.includes(speechSwitch)
  const appendSwitches = speechOn && !hasSpeechSwitch ? ['enable-speech-dispatcher'] : []
  const speech = speechOn || hasSpeechSwitch ? 'speech-dispatcher' : 'off'

  const given = switchValue(argv, 'ozone-platform')
  const envChoice = env['RECEPTION_DAY_OZONE_PLATFORM']
  const wanted: OzoneChoice = isOzoneChoice(envChoice) ? envChoice : 'x11'
  if (given === undefined && wanted !== 'auto' && mayRelaunch) {
    const relaunchArgs = [...argv.slice(1), `--ozone-platform=${wanted}`]
    if (speechOn && !hasSpeechSwitch) relaunchArgs.push(speechSwitch)
    const appImage = env['APPIMAGE']
    return {
      relaunchArgs,
      ...(appImage !== undefined && appImage !== '' ? { relaunchExecPath: appImage } : {}),
      appendSwitches: [],
      info: { display: wanted, speech },
    }
  }
  const inEffect = given === 'x11' || given === 'wayland' ? given : resolveAuto(env)
  return { relaunchArgs: undefined, appendSwitches, info: { display: inEffect, speech } }
}

/** Renderer switches carrying the platform info to the preload (`window.receptionDay.shell`). */
export function shellInfoArguments(info: ShellPlatformInfo): string[] {
  return [`--shell-display=${info.display}`, `--shell-speech=${info.speech}`]
}

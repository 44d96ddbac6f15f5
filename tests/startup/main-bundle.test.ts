import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { channelNames } from '@shared/ipc/contract'
import { contentSecurityPolicy } from '../../electron/main/content-security-policy'
import { mainBundle, repositoryRoot, requireBuilt } from './built-bundles'

/**
 * The built main bundle, started in a Node child process where `electron` is a recording
 * stand-in (run-main-bundle.mjs): what it registers before and after `ready`, the window it
 * opens, and how its navigation, permission, protocol and IPC hooks answer. Electron's own
 * binary cannot run on these machines; this is what proves the bundle starts.
 */

interface Envelope {
  ok: boolean
  data?: { name?: string }
  error?: { code: string }
}

interface StartupReport {
  beforeReady: { privilegedSchemes: Array<{ schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>; beforeReady: boolean }>; windows: number; protocolHandlers: string[] }
  privilegedSchemes: unknown[]
  registeredBeforeReady: string[]
  channels: string[]
  appCalls: unknown[][]
  windows: Array<{ options: { show?: boolean; webPreferences: Record<string, unknown> }; loadedUrls: string[] }>
  navigation: { away: boolean; fileUrl: boolean; inside: boolean; redirect: boolean; webview: boolean; windowOpen: unknown }
  permissions: { request: unknown; check: unknown }
  headers: Record<string, string[]> | null
  serve: Record<'index' | 'outside' | 'otherHost', { status: number; type: string | null; csp: string | null } | null>
  ipc: Record<'trusted' | 'untrusted' | 'noFrame' | 'malformed', Envelope>
  pageListeners: Record<string, number>
}

let report: StartupReport

beforeAll(() => {
  const data = mkdtempSync(join(tmpdir(), 'regulars-startup-'))
  try {
    const output = execFileSync(process.execPath, ['--import', './tests/startup/register-electron-stand-in.mjs', 'tests/startup/run-main-bundle.mjs', requireBuilt(mainBundle)], {
      cwd: repositoryRoot,
      env: { ...process.env, ELECTRON_STAND_IN_DATA: data, ELECTRON_RENDERER_URL: '' },
      encoding: 'utf8',
      timeout: 30_000
    })
    report = JSON.parse(output) as StartupReport
  } finally {
    rmSync(data, { recursive: true, force: true })
  }
})

describe('the built main bundle, started against a stand-in for Electron', () => {
  it('registers app:// as a privileged standard scheme before the app is ready, and serves it only after', () => {
    expect(report.beforeReady.privilegedSchemes).toEqual([
      { schemes: [{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }], beforeReady: true }
    ])
    expect(report.privilegedSchemes).toHaveLength(1)
    expect(report.beforeReady.protocolHandlers).toEqual([])
    expect(report.serve.index).toEqual({ status: 200, type: 'text/html; charset=utf-8', csp: contentSecurityPolicy })
    expect(report.serve.outside?.status).toBe(404)
    expect(report.serve.otherHost?.status).toBe(404)
  })

  it('keeps its data folder fixed: the name and userData path are set before anything else', () => {
    expect(report.appCalls[0]).toEqual(['setName', 'Regulars'])
    expect(report.appCalls[1]).toEqual(['setPath', 'userData', expect.stringMatching(/[/\\]Regulars$/)])
    expect(report.appCalls).not.toContainEqual(['quit'])
  })

  it('registers a handler for every channel of the contract and no other, after ready', () => {
    expect([...report.channels].sort()).toEqual([...channelNames].sort())
    expect(report.registeredBeforeReady).toEqual([])
  })

  it('answers IPC from its own page only, with envelopes, and refuses a giant malformed call', () => {
    expect(report.ipc.trusted).toMatchObject({ ok: true, data: { name: 'Regulars' } })
    expect(report.ipc.untrusted).toMatchObject({ ok: false, error: { code: 'ipc.forbidden-sender' } })
    expect(report.ipc.noFrame).toMatchObject({ ok: false, error: { code: 'ipc.forbidden-sender' } })
    expect(report.ipc.malformed).toMatchObject({ ok: false, error: { code: 'ipc.invalid-input' } })
  })

  it('opens one hardened window with the built preload, hidden until ready, loading app://', () => {
    expect(report.beforeReady.windows).toBe(0)
    expect(report.windows).toHaveLength(1)
    const [window] = report.windows
    expect(window.options.show).toBe(false)
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false
    })
    const preload = window.options.webPreferences['preload'] as string
    expect(preload.endsWith(join('out', 'preload', 'index.cjs'))).toBe(true)
    expect(existsSync(preload)).toBe(true)
    expect(window.loadedUrls).toEqual(['app://regulars/index.html'])
  })

  it('denies navigation away, redirects, webviews, new windows and every permission; adds the CSP to responses', () => {
    expect(report.navigation).toEqual({ away: true, fileUrl: true, inside: false, redirect: true, webview: true, windowOpen: { action: 'deny' } })
    expect(report.permissions).toEqual({ request: false, check: false })
    expect(report.headers?.['Content-Security-Policy']).toEqual([contentSecurityPolicy])
  })

  it('ends the page\'s sessions when it reloads, crashes or closes', () => {
    expect(report.pageListeners).toEqual({ 'did-start-navigation': 1, 'render-process-gone': 1, destroyed: 1 })
  })
})

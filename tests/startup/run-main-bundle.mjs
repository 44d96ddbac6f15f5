// Starts the built main bundle against the Electron stand-in and reports, as JSON on stdout,
// what it did before and after `ready` and how its hooks answer. Run by main-bundle.test.ts:
//   node --import ./register-electron-stand-in.mjs run-main-bundle.mjs <out/main/index.js>
import { pathToFileURL } from 'node:url'
import { recorder, markReady } from 'electron'

const bundle = process.argv[2]
const settle = async (rounds = 20) => {
  for (let round = 0; round < rounds; round++) await new Promise((resolve) => setImmediate(resolve))
}

await import(pathToFileURL(bundle).href)
await settle()
const beforeReady = {
  privilegedSchemes: recorder.privilegedSchemes.map((call) => ({ ...call })),
  windows: recorder.windows.length,
  protocolHandlers: [...recorder.protocolHandlers.keys()]
}

markReady()
await settle()

const [window] = recorder.windows
const contents = window?.webContents
const listeners = (emitter, event) => emitter?.listeners(event) ?? []

/** Calls every listener of `event` with an event object; reports whether any prevented it. */
function prevented(event, ...args) {
  let wasPrevented = false
  const electronEvent = { preventDefault: () => (wasPrevented = true) }
  for (const listener of listeners(contents, event)) listener(electronEvent, ...args)
  return wasPrevented
}

async function ipc(channel, senderUrl, input) {
  const handler = recorder.ipcHandlers.get(channel)
  const senderFrame = senderUrl === null ? null : { url: senderUrl }
  return handler({ senderFrame, sender: contents }, input)
}

let permissionAnswer = 'not called'
recorder.permissionRequestHandler?.(contents, 'media', (granted) => (permissionAnswer = granted), {})
let headers = null
recorder.headersHandler?.({ responseHeaders: { 'X-Test': ['1'] } }, (answer) => (headers = answer.responseHeaders))

const serve = async (url) => {
  const response = await recorder.protocolHandlers.get('app')?.(new Request(url))
  return response ? { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy') } : null
}

const report = {
  beforeReady,
  privilegedSchemes: recorder.privilegedSchemes,
  registeredBeforeReady: recorder.registeredBeforeReady,
  channels: [...recorder.ipcHandlers.keys()],
  appCalls: recorder.appCalls,
  windows: recorder.windows.map((each) => ({ options: each.options, loadedUrls: each.loadedUrls })),
  navigation: {
    away: prevented('will-navigate', 'https://evil.example/'),
    fileUrl: prevented('will-navigate', 'file:///etc/passwd'),
    inside: prevented('will-navigate', 'app://regulars/index.html#/customers'),
    redirect: prevented('will-redirect', 'app://regulars/index.html'),
    webview: prevented('will-attach-webview', {}, {}),
    windowOpen: contents?.windowOpenHandler?.({ url: 'https://evil.example/' }) ?? null
  },
  permissions: { request: permissionAnswer, check: recorder.permissionCheckHandler?.(contents, 'media', 'app://regulars', {}) ?? 'not set' },
  headers,
  serve: { index: await serve('app://regulars/index.html'), outside: await serve('app://regulars/..%2F..%2Fpackage.json'), otherHost: await serve('app://evil/index.html') },
  ipc: {
    trusted: await ipc('app:info', 'app://regulars/index.html', undefined),
    untrusted: await ipc('app:info', 'https://evil.example/', undefined),
    noFrame: await ipc('app:info', null, undefined),
    malformed: await ipc('export:rows', 'app://regulars/index.html', { rows: new Array(1_000_000).fill(['x']) })
  },
  pageListeners: Object.fromEntries(['did-start-navigation', 'render-process-gone', 'destroyed'].map((event) => [event, listeners(contents, event).length]))
}

process.stdout.write(JSON.stringify(report))
process.exit(0)

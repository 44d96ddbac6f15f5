import { extname, join, normalize, sep } from 'node:path'
import { readFile } from 'node:fs/promises'
import { contentSecurityPolicy } from './content-security-policy'

/** The renderer's fixed origin. Never change it: IndexedDB belongs to the origin. */
export const appScheme = 'app'
export const appHost = 'regulars'
export const appOrigin = `${appScheme}://${appHost}`

/**
 * The origin of a URL as Chromium sees it. Node's URL (main's) knows nothing of the schemes
 * Electron registers as standard: for `app://regulars/…` its `origin` is "null", so comparing
 * it with appOrigin refused every IPC call and every navigation of the app's own page.
 * "null" for anything unparsable (an empty frame URL).
 */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === `${appScheme}:`) return `${appScheme}://${parsed.host}`
    return parsed.origin
  } catch {
    return 'null'
  }
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf'
}

/** Maps a path of the renderer (e.g. "/assets/x.js") to a file inside `root`, or null when it would leave it. */
export function resolveRendererPath(root: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const file = normalize(join(root, relative))
  const rootWithSep = root.endsWith(sep) ? root : root + sep
  return file.startsWith(rootWithSep) ? file : null
}

/** Maps an `app://regulars/…` URL to a file inside `root`, or null when it is not ours. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null
  return resolveRendererPath(root, url.pathname)
}

/** Reads one renderer file with the headers the app serves it with (CSP included), or null. */
export async function readRendererFile(file: string): Promise<{ body: Buffer; headers: Record<string, string> } | null> {
  try {
    const body = await readFile(file)
    return {
      body,
      headers: {
        'Content-Type': mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff'
      }
    }
  } catch {
    return null
  }
}

/** Answers one `app://` request from the built renderer folder. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  const file = resolveAppFile(root, request.url)
  const found = file ? await readRendererFile(file) : null
  if (!found) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(found.body), { headers: found.headers })
}

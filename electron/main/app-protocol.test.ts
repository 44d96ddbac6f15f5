import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { appOrigin, originOf, resolveAppFile } from './app-protocol'

const root = join('/opt', 'regulars', 'renderer')

describe('resolveAppFile', () => {
  it('serves index.html for the root and files below the renderer folder', () => {
    expect(resolveAppFile(root, 'app://regulars/')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://regulars/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
  })

  it('never resolves a path outside the renderer folder', () => {
    // The URL parser already folds plain "../" into the root; encoded forms must be refused.
    expect(resolveAppFile(root, 'app://regulars/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'))
    expect(resolveAppFile(root, 'app://regulars/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'))
    expect(resolveAppFile(root, 'app://regulars/..%2f..%2fetc%2fpasswd')).toBeNull()
  })

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull()
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull()
    expect(resolveAppFile(root, 'not a url')).toBeNull()
  })
})

describe('originOf', () => {
  it('gives the app its origin, which Node\'s URL reports as "null" for a custom scheme', () => {
    expect(new URL('app://regulars/index.html').origin).toBe('null')
    expect(originOf('app://regulars/index.html#/customers')).toBe(appOrigin)
    expect(originOf('app://regulars/')).toBe(appOrigin)
  })

  it('tells other origins apart, and gives "null" to what is not a URL', () => {
    expect(originOf('app://evil/index.html')).not.toBe(appOrigin)
    expect(originOf('http://localhost:5173/index.html')).toBe('http://localhost:5173')
    expect(originOf('https://regulars/')).not.toBe(appOrigin)
    expect(originOf('file:///etc/passwd')).not.toBe(appOrigin)
    expect(originOf('')).toBe('null')
    expect(originOf('about:blank')).toBe('null')
  })
})

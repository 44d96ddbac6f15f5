import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { resolveAppFile } from './app-protocol'

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

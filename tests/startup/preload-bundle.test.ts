import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { bridgeGlobalName, channelNames } from '@shared/ipc/contract'
import { preloadBundle, requireBuilt } from './built-bundles'

/**
 * The built preload, run as Electron runs a sandboxed one: a script whose `require` gives
 * `electron` only, here stand-ins for contextBridge and ipcRenderer that record what it does.
 */
function runPreload() {
  const exposed: Array<{ name: string; api: Record<string, (input: unknown) => Promise<unknown>> }> = []
  const invoked: Array<[string, unknown]> = []
  const required: string[] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: Record<string, (input: unknown) => Promise<unknown>>) => exposed.push({ name, api }) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push([channel, input])
        return Promise.resolve({ ok: true, data: channel })
      }
    }
  }
  const module = { exports: {} }
  const require = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`A sandboxed preload cannot require ${name}`)
    return electron
  }
  runInNewContext(readFileSync(requireBuilt(preloadBundle), 'utf8'), { require, module, exports: module.exports, console }, { filename: preloadBundle })
  return { exposed, invoked, required }
}

describe('the built preload, run against stand-ins for contextBridge and ipcRenderer', () => {
  it('exposes exactly the contract\'s channels, once, frozen, and requires nothing but electron', () => {
    const { exposed, required } = runPreload()
    expect(exposed).toHaveLength(1)
    expect(exposed[0].name).toBe(bridgeGlobalName)
    expect(Object.keys(exposed[0].api).sort()).toEqual([...channelNames].sort())
    for (const name of channelNames) expect(typeof exposed[0].api[name], name).toBe('function')
    expect(Object.isFrozen(exposed[0].api)).toBe(true)
    expect([...new Set(required)]).toEqual(['electron'])
  })

  it('carries each call to ipcRenderer.invoke on its own channel and answers the envelope', async () => {
    const { exposed, invoked } = runPreload()
    for (const name of channelNames) await expect(exposed[0].api[name]({ probe: name })).resolves.toEqual({ ok: true, data: name })
    expect(invoked).toEqual(channelNames.map((name) => [name, { probe: name }]))
  })
})

import { describe, expect, it } from 'vitest'
import { createWindowOptions } from './window-options'

describe('createWindowOptions', () => {
  for (const isPackaged of [true, false]) {
    it(`keeps the renderer isolated and sandboxed (packaged: ${isPackaged})`, () => {
      const prefs = createWindowOptions({ preloadPath: '/app/preload.cjs', isPackaged }).webPreferences!
      expect(prefs.contextIsolation).toBe(true)
      expect(prefs.sandbox).toBe(true)
      expect(prefs.nodeIntegration).toBe(false)
      expect(prefs.nodeIntegrationInWorker).toBe(false)
      expect(prefs.nodeIntegrationInSubFrames).toBe(false)
      expect(prefs.webSecurity).toBe(true)
      expect(prefs.allowRunningInsecureContent).toBe(false)
      expect(prefs.experimentalFeatures).toBe(false)
      expect(prefs.webviewTag).toBe(false)
      expect(prefs.navigateOnDragDrop).toBe(false)
      expect(prefs.disableBlinkFeatures).toContain('Auxclick')
      expect(prefs.preload).toBe('/app/preload.cjs')
    })
  }

  it('opens no DevTools in a packaged app', () => {
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: true }).webPreferences!.devTools).toBe(false)
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: false }).webPreferences!.devTools).toBe(true)
  })
})

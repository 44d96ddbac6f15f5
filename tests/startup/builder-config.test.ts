import { describe, expect, it } from 'vitest'
import { DebugLogger } from 'builder-util'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { repositoryRoot } from './built-bundles'

/**
 * The installers are built on a machine with internet (`npm run dist`), never here; what can be
 * held here is that electron-builder accepts the configuration (a misspelt fuse would be
 * refused by its schema) and that the fuses stay flipped.
 */
describe('the packaging configuration', () => {
  it('passes electron-builder\'s schema and flips Electron\'s fuses', async () => {
    const config = await getConfig(repositoryRoot, 'build/electron-builder.yml', null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false
    })
    expect(config.asar).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { detectDiskEncryption, fromBitLockerProtection, fromFdesetup, fromLsblk } from './disk-encryption'

describe('disk encryption, as the system says it', () => {
  it('reads FileVault, LUKS and BitLocker answers, and says unknown for anything else', () => {
    expect(fromFdesetup('FileVault is On.\n')).toEqual({ state: 'encrypted', method: 'FileVault' })
    expect(fromFdesetup('FileVault is Off.\n')).toEqual({ state: 'not-encrypted', platform: 'darwin' })
    expect(fromLsblk('part\ncrypt\ndisk\n')).toEqual({ state: 'encrypted', method: 'LUKS' })
    expect(fromLsblk('disk\n')).toEqual({ state: 'not-encrypted', platform: 'linux' })
    expect(fromBitLockerProtection('1\r\n')).toEqual({ state: 'encrypted', method: 'BitLocker' })
    expect(fromBitLockerProtection('2\r\n')).toEqual({ state: 'not-encrypted', platform: 'win32' })
    expect(fromBitLockerProtection('')).toEqual({ state: 'unknown', platform: 'win32' })
  })

  it('follows the data folder to its device on Linux', async () => {
    const calls: string[] = []
    const run = async (file: string, args: string[]) => {
      calls.push([file, ...args].join(' '))
      return file === 'findmnt' ? '/dev/mapper/luks-1a2b[/@home] btrfs\n' : 'crypt\npart\ndisk\n'
    }
    expect(await detectDiskEncryption('linux', '/home/anna/.config/Regulars', run)).toEqual({ state: 'encrypted', method: 'LUKS' })
    expect(calls[1]).toBe('lsblk -s -n -r -o TYPE /dev/mapper/luks-1a2b')
  })

  it('says unknown when a command is missing or refused', async () => {
    const run = async () => {
      throw new Error('ENOENT')
    }
    expect(await detectDiskEncryption('darwin', '/Users/anna', run)).toEqual({ state: 'unknown', platform: 'darwin' })
    expect(await detectDiskEncryption('freebsd', '/home/anna', run)).toEqual({ state: 'unknown', platform: 'freebsd' })
  })

  it('answers on this machine without admin rights', async () => {
    const found = await detectDiskEncryption(process.platform, process.cwd())
    expect(['encrypted', 'not-encrypted', 'unknown']).toContain(found.state)
  })
})

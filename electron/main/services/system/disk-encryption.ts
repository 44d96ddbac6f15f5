import { execFile } from 'node:child_process'
import { parse } from 'node:path'
import type { DiskEncryption } from '@shared/ipc/contract-backup'

/** Runs a system command without a shell; resolves to its standard output (rejects on failure). */
export type RunCommand = (file: string, args: string[]) => Promise<string>

export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 10_000, windowsHide: true, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)))
  })

/**
 * Whether the disk holding the data folder is encrypted, as far as the app can tell without
 * admin rights:
 * - macOS: `fdesetup status` ("FileVault is On.");
 * - Linux: the block devices under the data folder's file system (`findmnt`, then `lsblk -s`),
 *   one of type "crypt" meaning dm-crypt/LUKS; a home folder on eCryptfs or fscrypt also counts;
 * - Windows: BitLocker's protection state of the drive as Explorer reads it (the
 *   System.Volume.BitLockerProtection property, readable without admin rights, unlike
 *   `manage-bde -status`).
 * Anything it cannot read is "unknown", never a guess.
 */
export async function detectDiskEncryption(platform: string, dataDir: string, run: RunCommand = runCommand): Promise<DiskEncryption> {
  try {
    if (platform === 'darwin') return fromFdesetup(await run('fdesetup', ['status']))
    if (platform === 'linux') return await linux(dataDir, run)
    if (platform === 'win32') return fromBitLockerProtection(await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', bitLockerScript(dataDir)]))
  } catch {
    // A command missing or refused: we cannot tell.
  }
  return { state: 'unknown', platform }
}

export function fromFdesetup(output: string): DiskEncryption {
  if (/FileVault is On/i.test(output)) return { state: 'encrypted', method: 'FileVault' }
  if (/FileVault is Off/i.test(output)) return { state: 'not-encrypted', platform: 'darwin' }
  return { state: 'unknown', platform: 'darwin' }
}

async function linux(dataDir: string, run: RunCommand): Promise<DiskEncryption> {
  const [source = '', fsType = ''] = (await run('findmnt', ['-n', '-o', 'SOURCE,FSTYPE', '-T', dataDir])).trim().split(/\s+/)
  if (fsType === 'ecryptfs') return { state: 'encrypted', method: 'eCryptfs' }
  // btrfs names a subvolume after the device: /dev/sda2[/@home]
  const device = source.replace(/\[.*\]$/, '')
  if (!device.startsWith('/dev/')) return { state: 'unknown', platform: 'linux' }
  return fromLsblk(await run('lsblk', ['-s', '-n', '-r', '-o', 'TYPE', device]))
}

/** `lsblk -s -o TYPE <device>` lists the device and everything under it: "crypt" anywhere means dm-crypt. */
export function fromLsblk(output: string): DiskEncryption {
  const types = output.split(/\s+/).filter(Boolean)
  if (types.includes('crypt')) return { state: 'encrypted', method: 'LUKS' }
  if (types.length === 0) return { state: 'unknown', platform: 'linux' }
  return { state: 'not-encrypted', platform: 'linux' }
}

function bitLockerScript(dataDir: string): string {
  const drive = parse(dataDir).root.replace(/\\$/, '').replace(/'/g, '')
  return `(New-Object -ComObject Shell.Application).NameSpace('${drive}').Self.ExtendedProperty('System.Volume.BitLockerProtection')`
}

/** 1 on, 3 encrypting, 5 suspended… (Explorer's lock icons); 2 off; anything else: not known. */
export function fromBitLockerProtection(output: string): DiskEncryption {
  const value = Number(output.trim())
  if ([1, 3, 6].includes(value)) return { state: 'encrypted', method: 'BitLocker' }
  if (value === 2) return { state: 'not-encrypted', platform: 'win32' }
  return { state: 'unknown', platform: 'win32' }
}

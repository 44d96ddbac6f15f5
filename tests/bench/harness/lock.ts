import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Runs `work` while holding a lock folder (mkdir is atomic). A lock whose owner process is
 * gone is taken over; a live owner is waited for, saying so.
 */
export async function holdLock<T>(lockDir: string, log: (message: string) => void, work: () => Promise<T>): Promise<T> {
  let told = false
  for (;;) {
    try {
      mkdirSync(lockDir)
      writeFileSync(join(lockDir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let owner = NaN
      try {
        owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'))
      } catch {
        // Created but the pid not written yet: wait a moment.
      }
      if (Number.isInteger(owner) && !isAlive(owner)) {
        rmSync(lockDir, { recursive: true, force: true })
        continue
      }
      if (!told) log(`Waiting for another benchmark run (pid ${owner}) that holds ${lockDir}`)
      told = true
      await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
  }
  try {
    return await work()
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}

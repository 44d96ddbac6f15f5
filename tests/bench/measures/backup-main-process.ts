import { join } from 'node:path'
import { createDispatch } from '../../../electron/main/ipc/dispatch'
import { createHandlers } from '../../../electron/main/services/create-handlers'
import { createTestPorts } from '../../host/test-ports'

/**
 * A stand-in for Electron's main process for the backup and restore measures (backup-main.ts
 * forks it): main's real handlers on the run's data folder, each call's input arriving as the
 * JSON text the page sent and its answer leaving as text, over process IPC — a copy, as
 * Electron's IPC makes. Nothing else lives here (no Playwright, no harness), so its resident
 * memory is what main's services need.
 */

interface Request {
  id: number
  channel: string
  input?: string
  saveFolder?: string
  openPath?: string | null
}

const dataDir = process.argv[2]!
const { ports, answers } = createTestPorts({ dataDir })
const dispatch = createDispatch(createHandlers(ports))

let peakRss = process.memoryUsage().rss
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss))
setInterval(sample, 20).unref()

process.on('message', async (request: Request) => {
  if (request.channel === 'host:answers') {
    const folder = request.saveFolder
    if (folder !== undefined) answers.savePath = (options) => join(folder, options.defaultName ?? 'backup.regularsbackup')
    if (request.openPath !== undefined) answers.openPath = request.openPath
    process.send!({ id: request.id, answer: 'null' })
    return
  }
  if (request.channel === 'host:memory') {
    // The peak since the last call, then a new window starts from now.
    sample()
    const answer = { peakRss, rss: process.memoryUsage().rss }
    peakRss = answer.rss
    process.send!({ id: request.id, answer: JSON.stringify(answer) })
    return
  }
  const answer = await dispatch(request.channel, request.input === undefined ? undefined : JSON.parse(request.input))
  sample()
  process.send!({ id: request.id, answer: JSON.stringify(answer) })
})

process.send!({ id: 0, answer: 'ready' })

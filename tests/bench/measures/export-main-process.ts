import { createDispatch } from '../../../electron/main/ipc/dispatch'
import { createHandlers } from '../../../electron/main/services/create-handlers'
import { createTestPorts } from '../../host/test-ports'
import { writeBare } from './export-bare-writer'

/**
 * A stand-in for Electron's main process, run as its own Node process by export.ts:
 * the real handlers (or exceljs' bare writer) get the rows over process IPC — a copy, as
 * Electron's IPC makes — so this process's memory is main's alone. It reports how long it was
 * busy handling calls and its peak memory.
 */

interface Request {
  id: number
  channel: string
  input: unknown
}

const mode = process.argv[2] === 'bare' ? 'bare' : 'regulars'
const target = process.argv[3]
const { ports } = createTestPorts({ dataDir: process.cwd(), answers: { savePath: target } })
const dispatch = createDispatch(createHandlers(ports))
const bare = mode === 'bare' ? writeBare(target) : null

let busyMs = 0
let peakRss = process.memoryUsage().rss
let peakHeap = 0
const sample = () => {
  const usage = process.memoryUsage()
  peakRss = Math.max(peakRss, usage.rss)
  peakHeap = Math.max(peakHeap, usage.heapUsed + usage.external)
}
const sampler = setInterval(sample, 20)

process.on('message', async (request: Request) => {
  if (request.channel === 'report') {
    sample()
    clearInterval(sampler)
    process.send!({ id: request.id, answer: { busyMs, peakRss, peakHeap, startRss: startRss } })
    return
  }
  const started = performance.now()
  let answer: unknown
  if (bare) answer = await bare.handle(request.channel, request.input)
  else answer = await dispatch(request.channel, request.input)
  busyMs += performance.now() - started
  sample()
  process.send!({ id: request.id, answer })
})

const startRss = process.memoryUsage().rss
process.send!({ id: 0, answer: 'ready' })

import { fork } from 'node:child_process'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../../..')

export interface BackupMainProcess {
  /** Carries one call of the page (its input as JSON text) to main's handlers; answers the envelope as JSON text. */
  invoke(channel: string, input: string | undefined): Promise<string>
  /** How later save and open dialogs are answered: saves go into `saveFolder`, opens answer `openPath`. */
  answer(answers: { saveFolder?: string; openPath?: string | null }): Promise<void>
  /** The child's peak resident memory since the previous call (bytes), and now. */
  memory(): Promise<{ peakRss: number; rss: number }>
  /** The child's process id (what is measured). */
  pid: number
  stop(): void
}

/**
 * Starts backup-main-process.ts (bundled for Node, its npm dependencies resolved from the
 * project) on `dataDir`: main's services in a process of their own, so their memory is measured
 * apart from Playwright and the harness, which share the test host's process.
 */
export async function startBackupMainProcess(dataDir: string, buildDir: string): Promise<BackupMainProcess> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@shared': join(root, 'shared'), '@renderer': join(root, 'renderer/src') } },
    build: {
      ssr: join(import.meta.dirname, 'backup-main-process.ts'),
      outDir: buildDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'backup-main-process.mjs' } }
    }
  })
  // 'advanced': strings cross as V8 serialises them (as Electron's structured clone), not re-escaped as JSON.
  const child = fork(join(buildDir, 'backup-main-process.mjs'), [dataDir], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [], serialization: 'advanced' })
  const waiting = new Map<number, (answer: string) => void>()
  let nextId = 1
  const ready = new Promise<void>((resolveReady) => waiting.set(0, () => resolveReady()))
  // Without a listener, a send to a closed channel is an unhandled 'error' that ends the run.
  child.on('error', () => undefined)
  child.on('message', (message: { id: number; answer: string }) => {
    waiting.get(message.id)?.(message.answer)
    waiting.delete(message.id)
  })
  const gone = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`The main-side process exited (${code})`))))
  gone.catch(() => undefined)
  const send = (message: Record<string, unknown>) =>
    Promise.race([
      gone,
      new Promise<string>((resolveCall, rejectCall) => {
        const id = nextId++
        waiting.set(id, resolveCall)
        // A page call can still arrive while the measure stops the process (the app's background
        // work): it is refused like any call to a gone main, never thrown from the child's emitter.
        if (!child.connected) return void rejectCall(new Error('The main-side process has stopped'))
        child.send({ id, ...message }, (error) => error && rejectCall(error))
      })
    ])
  await Promise.race([ready, gone])
  return {
    invoke: (channel, input) => send({ channel, input }),
    answer: async (answers) => void (await send({ channel: 'host:answers', ...answers })),
    memory: async () => JSON.parse(await send({ channel: 'host:memory' })) as { peakRss: number; rss: number },
    pid: child.pid!,
    stop: () => void child.kill()
  }
}

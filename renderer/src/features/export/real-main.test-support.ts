import { unwrapEnvelope, type Envelope } from '@shared/ipc/envelope'
import type { MainCall } from './customer-export-run'

// Main's real handlers and the test readers belong to the Node TS project (tsconfig.node), so
// the renderer's export tests load them at run time, untyped: the renderer side talks to the
// real main, as over IPC (a JSON copy each way), and the file is read back by SheetJS.
type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>
const outside = (path: string) => import(/* @vite-ignore */ path)
const mainSide = {
  dispatch: '../../../../electron/main/ipc/dispatch',
  handlers: '../../../../electron/main/services/create-handlers',
  ports: '../../../../tests/host/test-ports',
  reader: '../../../../tests/support/spreadsheet-reader'
}

/** Main's export handlers writing into `folder`; the save dialog answers `target` (null: cancelled). */
export async function realMain(folder: string, target: string | null): Promise<MainCall> {
  return (await realMainWithDialogs(folder, target)).main
}

/** The same, with the save dialogs main opened (what each suggested), for tests of file names. */
export async function realMainWithDialogs(folder: string, target: string | null, now?: () => Date): Promise<{ main: MainCall; suggestedNames: () => string[] }> {
  const [{ createDispatch }, { createHandlers }, { createTestPorts }] = await Promise.all([outside(mainSide.dispatch), outside(mainSide.handlers), outside(mainSide.ports)])
  const { ports, dialogCalls } = createTestPorts({ dataDir: folder, answers: { savePath: target }, now })
  const dispatch = createDispatch(createHandlers(ports)) as Dispatch
  const main = (async (channel: string, input: unknown) => unwrapEnvelope(await dispatch(channel, JSON.parse(JSON.stringify(input))))) as MainCall
  return { main, suggestedNames: () => (dialogCalls as Array<{ options: { defaultName?: string } }>).map((call) => call.options.defaultName ?? '') }
}

export interface ReadBack {
  sheets: Array<{ name: string; rows: Array<Array<{ t: string; v: unknown; z?: string } | null>> }>
}

export async function readXlsx(path: string): Promise<ReadBack> {
  return (await outside(mainSide.reader)).readXlsx(path)
}

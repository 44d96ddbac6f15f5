import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestPorts } from '../../../tests/host/test-ports'
import { createMainServices } from '../services/create-handlers'
import { createDispatch, type Dispatch } from './dispatch'

/**
 * Main's real dispatch and handlers, wired to a temporary folder: every save dialog answers
 * a new file there, the open dialog a small CSV, printing fails as it does without a window.
 */
export function realDispatch(): { dispatch: Dispatch; folder: string; close(): Promise<void> } {
  const folder = mkdtempSync(join(tmpdir(), 'regulars-ipc-'))
  const csv = join(folder, 'klienci.csv')
  writeFileSync(csv, 'Imię;Nazwisko;Telefon\r\nAnna;Nowak;601234567\r\n')
  let saved = 0
  const { ports } = createTestPorts({ dataDir: folder, answers: { openPath: csv, savePath: () => join(folder, `saved-${++saved}`) } })
  const services = createMainServices(ports)
  // Unexpected exceptions are what the tests look for; they are answered as ipc.internal and not logged here.
  const realOne = createDispatch(services.handlers, () => undefined)
  // `app:wait-for-quit` answers only when the app closes: here, at once, as when the page goes.
  const dispatch: Dispatch = (channel, input) => {
    const answer = realOne(channel, input)
    if (channel === 'app:wait-for-quit') services.quit.pageGone()
    return answer
  }
  return {
    dispatch,
    folder,
    async close() {
      await services.endPageSessions()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

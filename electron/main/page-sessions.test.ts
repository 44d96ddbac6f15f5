import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EventEmitter } from 'node:events'
import { beginInput } from './services/export/export-fixtures.test-support'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestPorts } from '../../tests/host/test-ports'
import { createDispatch, type Dispatch } from './ipc/dispatch'
import { endSessionsWhenPageGoes } from './page-sessions'
import { createMainServices } from './services/create-handlers'

/** Main's real services in a temporary folder, their page's events played by an EventEmitter. */
function mainWithPage() {
  const folder = mkdtempSync(join(tmpdir(), 'regulars-page-'))
  const csv = join(folder, 'klienci.csv')
  writeFileSync(csv, 'Imię;Nazwisko\r\nAnna;Nowak\r\n')
  let saved = 0
  const { ports } = createTestPorts({ dataDir: folder, answers: { openPath: csv, savePath: () => join(folder, `eksport-${++saved}.xlsx`) } })
  const services = createMainServices(ports)
  const page = new EventEmitter()
  const ended: Promise<void>[] = []
  endSessionsWhenPageGoes(page, () => {
    const done = services.endPageSessions()
    ended.push(done)
    return done
  })
  const dispatch: Dispatch = createDispatch(services.handlers)
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const answer = await dispatch(channel, input)
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code })
    return answer.data as T
  }
  return { folder, page, call, settled: () => Promise.all(ended), remove: () => rmSync(folder, { recursive: true, force: true }) }
}

describe('sessions of a page that is gone', () => {
  let main: ReturnType<typeof mainWithPage>
  beforeEach(() => (main = mainWithPage()))
  afterEach(() => main.remove())

  const tempFiles = () => readdirSync(main.folder).filter((name) => name.endsWith('.regulars-tmp'))

  it('a reload ends the exports it abandoned, which kept new exports out for ten minutes', async () => {
    for (let n = 0; n < 4; n++) await main.call('export:begin', beginInput())
    await expect(main.call('export:begin', beginInput())).rejects.toMatchObject({ code: 'export.too-many' })
    expect(tempFiles()).toHaveLength(4)

    main.page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false, url: 'app://regulars/index.html' })
    await main.settled()
    expect(tempFiles()).toEqual([])
    await expect(main.call('export:begin', beginInput())).resolves.toMatchObject({ fileName: expect.stringMatching(/^eksport-\d+\.xlsx$/) })
  })

  it('ends the imports too: their rows are dropped and later calls say so', async () => {
    const { sessionId } = await main.call<{ sessionId: string }>('import:open', {})
    main.page.emit('render-process-gone', {}, { reason: 'crashed' })
    await main.settled()
    await expect(main.call('import:status', { sessionId })).rejects.toMatchObject({ code: 'import.session-expired' })
  })

  it('a closed window ends them as well', async () => {
    const { exportId } = await main.call<{ exportId: string }>('export:begin', beginInput())
    main.page.emit('destroyed')
    await main.settled()
    await expect(main.call('export:rows', { exportId, sheet: 'customers', rows: [] })).rejects.toMatchObject({ code: 'export.cancelled' })
  })

  it('leaves them alone on a hash route change or a frame navigating inside the page', async () => {
    const { exportId } = await main.call<{ exportId: string }>('export:begin', beginInput())
    main.page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true, url: 'app://regulars/index.html#/import' })
    main.page.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false, url: 'about:blank' })
    await main.settled()
    await expect(main.call('export:rows', { exportId, sheet: 'customers', rows: [] })).resolves.toEqual({ rows: 0 })
  })
})

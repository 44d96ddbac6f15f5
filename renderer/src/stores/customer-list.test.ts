// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ListRun } from '@renderer/db'

/**
 * When the list cannot read what a scroll needs, the desk sees the error banner and the
 * console keeps the real cause: "Something went wrong" alone cannot be diagnosed.
 */

const engine = vi.hoisted(() => ({ run: vi.fn(), rows: vi.fn(), warmUp: vi.fn(async () => undefined) }))
vi.mock('../db/list-query/engine-instance', () => ({ listEngine: () => engine }))

const { useCustomerList } = await import('./customer-list')

const scope = { kind: 'all', currency: 'PLN' } as const
const row = { id: 1, customer: {}, metrics: {} } as unknown as ListRun['firstRows'][number]

function answer(ordered: Promise<Int32Array>): ListRun {
  return { scope, firstRows: [row], knownTotal: 200_000, total: Promise.resolve(200_000), ordered, plan: 'index' }
}

let logged: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  setActivePinia(createPinia())
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  logged.mockRestore()
  vi.clearAllMocks()
})

describe('a failure behind the error banner', () => {
  it('is logged with its cause when the full order (the scroll bar and jumps need it) cannot be read', async () => {
    const cause = new RangeError('Maximum call stack size exceeded')
    engine.run.mockResolvedValue(answer(Promise.reject(cause)))
    const list = useCustomerList()
    await list.refresh()
    await vi.waitFor(() => expect(list.status).toBe('failed'))
    expect(list.failure).toBe(cause)
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('full order'), cause)
  })

  it('is shown and logged when the rows of the window scrolled to cannot be read (not left as grey placeholders)', async () => {
    const cause = new Error('bulkGet failed')
    engine.run.mockResolvedValue(answer(Promise.resolve(Int32Array.from({ length: 500 }, (_, index) => index + 1))))
    engine.rows.mockRejectedValue(cause)
    const list = useCustomerList()
    await list.refresh()
    await vi.waitFor(() => expect(list.ordered?.length).toBe(500))
    await list.ensureRows(250, 275)
    expect(list.status).toBe('failed')
    expect(list.failure).toBe(cause)
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('rows 251–275'), cause)
  })

  it('is not reported for an answer already replaced by a newer one', async () => {
    let rejectOld!: (error: unknown) => void
    engine.run.mockResolvedValueOnce(answer(new Promise((_, reject) => (rejectOld = reject))))
    engine.run.mockResolvedValueOnce(answer(Promise.resolve(Int32Array.from([1]))))
    const list = useCustomerList()
    await list.refresh()
    await list.refresh()
    rejectOld(new Error('superseded'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(list.status).toBe('ready')
    expect(logged).not.toHaveBeenCalled()
  })
})

import { describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import type { ChannelHandlers } from '@shared/ipc/contract'
import { createDispatch } from './dispatch'

function handlers(overrides: Partial<ChannelHandlers> = {}): ChannelHandlers {
  return {
    'app:info': () => ({ name: 'Regulars', version: '1.0.0', dataDir: '/data', locale: 'pl-PL', platform: 'linux' }),
    'dialog:save-path': () => ({ path: '/media/usb/customers.xlsx' }),
    ...overrides
  } as ChannelHandlers
}

describe('createDispatch', () => {
  it('answers a valid call with an ok envelope', async () => {
    const dispatch = createDispatch(handlers())
    await expect(dispatch('app:info', undefined)).resolves.toEqual({
      ok: true,
      data: { name: 'Regulars', version: '1.0.0', dataDir: '/data', locale: 'pl-PL', platform: 'linux' }
    })
  })

  it('answers malformed input with an error envelope and never calls the service', async () => {
    const save = vi.fn()
    const dispatch = createDispatch(handlers({ 'dialog:save-path': save }))
    for (const bad of [undefined, null, 42, 'x', {}, { defaultName: '' }, { defaultName: '../../etc/passwd' }, { defaultName: 'a.xlsx', extra: 1 }]) {
      const answer = await dispatch('dialog:save-path', bad)
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.error.code).toBe('ipc.invalid-input')
    }
    expect(save).not.toHaveBeenCalled()
  })

  it('answers an unknown channel with an error envelope', async () => {
    const answer = await createDispatch(handlers())('fs:delete-everything', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } })
  })

  it('turns a service failure into an envelope with its code', async () => {
    const dispatch = createDispatch(
      handlers({
        'dialog:save-path': () => {
          throw new AppError('export.disk-full', 'No space left')
        }
      })
    )
    await expect(dispatch('dialog:save-path', { defaultName: 'a.xlsx' })).resolves.toEqual({
      ok: false,
      error: { code: 'export.disk-full', message: 'No space left' }
    })
  })

  it('turns an unexpected exception into an internal-error envelope, logged', async () => {
    const log = vi.fn()
    const dispatch = createDispatch(
      handlers({
        'app:info': () => {
          throw new TypeError('boom')
        }
      }),
      log
    )
    await expect(dispatch('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'ipc.internal' } })
    expect(log).toHaveBeenCalledOnce()
  })
})

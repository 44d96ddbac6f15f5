import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { channelNames, type ChannelName } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'
import { mainErrorCodes } from '../services/error-codes'
import { channelSamples } from './channel-samples.test-support'
import { realDispatch } from './real-dispatch.test-support'

/**
 * Random and hostile input on every channel, through the real dispatch and the real handlers
 * (files in a temporary folder): each answer is an envelope — data, or an error whose code
 * the renderer translates, never an unexpected exception — and comes within a loose bound
 * (ten times the 100 ms aim). What Electron's structured clone can deliver is fair game:
 * Maps, Sets, dates, typed arrays, sparse arrays, objects without a prototype, BigInts.
 */

const main = realDispatch()
afterAll(() => main.close())

const knownCodes = new Set(mainErrorCodes)
const callBoundMs = 1_000
/**
 * Calls that derive a key from a backup password: PBKDF2 with 600 000 iterations is slow on
 * purpose (≈ 0.3–1 s here, off the main thread), so a guessed password costs an attacker that too.
 */
const keyDerivingChannels = new Set(['backup:begin', 'backup:rewind', 'backup:remember-password', 'restore:unlock'])
const keyDerivingBoundMs = 5_000

/** Big values made once: building them is not what is measured. */
const giants: unknown[] = [
  new Array(1_000_000).fill('x'),
  new Array(5_000).fill(new Array(200).fill(1)),
  Object.assign([], { length: 2 ** 32 - 1 }),
  'x'.repeat(10_000_000),
  Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`k${index}`, index])),
  (() => {
    let deep: unknown = {}
    for (let depth = 0; depth < 10_000; depth++) deep = { rows: [deep] }
    return deep
  })(),
  new Uint8Array(10_000_000),
  new Map([['sessionId', '12345678-1234-4234-8234-123456789abc']]),
  Object.create(null),
  -0,
  Number.NaN,
  Infinity,
  2n ** 80n,
  new Date(Number.NaN)
]

const anyValue = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true
})
const hostile = fc.oneof({ arbitrary: anyValue, weight: 3 }, { arbitrary: fc.constantFrom(...giants), weight: 1 })

/** A valid input with one value somewhere inside it replaced by a hostile one. */
function mutated(sample: unknown, replacement: unknown, choice: number): unknown {
  if (sample === null || typeof sample !== 'object') return replacement
  const copy: Record<string, unknown> | unknown[] = Array.isArray(sample) ? [...sample] : { ...(sample as Record<string, unknown>) }
  const keys = Object.keys(copy)
  if (keys.length === 0 || choice % 4 === 0) return Array.isArray(copy) ? [...copy, replacement] : { ...copy, [`extra${choice}`]: replacement }
  const key = keys[choice % keys.length]
  ;(copy as Record<string, unknown>)[key] = choice % 3 === 0 ? replacement : mutated((copy as Record<string, unknown>)[key], replacement, Math.floor(choice / 7))
  return copy
}

const channel = fc.constantFrom(...channelNames)
const call = fc.oneof(
  { arbitrary: fc.record({ channel, input: hostile }), weight: 2 },
  { arbitrary: fc.tuple(channel, hostile, fc.nat()).map(([name, replacement, choice]) => ({ channel: name, input: mutated(channelSamples[name as ChannelName], replacement, choice) })), weight: 3 },
  // Valid calls in random order, so the handlers run between the hostile ones (sessions open, fail, expire).
  { arbitrary: channel.map((name) => ({ channel: name, input: channelSamples[name as ChannelName] as unknown })), weight: 2 },
  { arbitrary: fc.record({ channel: fc.string({ maxLength: 40 }), input: anyValue }), weight: 1 }
)

function expectEnvelope(answer: Envelope<unknown>, label: string): void {
  expect(typeof answer, label).toBe('object')
  if (answer.ok) {
    expect('data' in answer, label).toBe(true)
    return
  }
  expect(knownCodes.has(answer.error.code), `${label}: ${answer.error.code}`).toBe(true)
  expect(answer.error.code, `${label}: ${answer.error.message}`).not.toBe('ipc.internal')
  expect(answer.error.message.length, label).toBeLessThan(5_000)
}

describe('every channel under random and hostile input', () => {
  it('answers an envelope with a known code, within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(call, async ({ channel: name, input }) => {
        const started = performance.now()
        const answer = await main.dispatch(name, input)
        const ms = performance.now() - started
        expectEnvelope(answer, name)
        expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(keyDerivingChannels.has(name) ? keyDerivingBoundMs : callBoundMs)
      }),
      { numRuns: 400 }
    )
  }, 120_000)

  it('answers each channel\'s own valid input with data or a known code', async () => {
    for (const name of channelNames) expectEnvelope(await main.dispatch(name, channelSamples[name]), name)
  })
})

import { describe, expect, it } from 'vitest'
import type { Id } from '@shared/domain/types'
import { readInChunks, type ChunkedIndex, type IndexValue } from './chunked-order'

/** An index in memory, sorted like IndexedDB (value, then id), that records every read's size. */
function memoryIndex(entries: { id: Id; value: IndexValue }[]): ChunkedIndex & { reads: number[] } {
  const sorted = [...entries].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.id - b.id))
  const reads: number[] = []
  return {
    reads,
    async above(value, limit) {
      const from = value === undefined ? 0 : sorted.findIndex((entry) => entry.value > value)
      const found = from === -1 ? [] : sorted.slice(from, from + limit)
      reads.push(found.length)
      return { ids: found.map((entry) => entry.id), lastValue: found.at(-1)?.value }
    },
    async tiesAfter(value, id, limit) {
      const found = sorted.filter((entry) => entry.value === value && entry.id > id).slice(0, limit)
      reads.push(found.length)
      return found.map((entry) => entry.id)
    }
  }
}

describe('a full index order read in chunks', () => {
  // The benchmark's 200 000 customers: blocked is 0 for all but 0.4 %. The group of 0 used
  // to be read in one request and appended with push(...ties): over V8's argument limit.
  it('reads a tie group far larger than a chunk (and than a call may take arguments) in chunks no larger than asked', async () => {
    const entries = Array.from({ length: 300_000 }, (_, index) => ({ id: index + 1, value: index % 250 === 7 ? 1 : 0 }))
    const index = memoryIndex(entries)
    const ids = await readInChunks(index, 2_500)
    const expected = [...entries.filter((entry) => entry.value === 0), ...entries.filter((entry) => entry.value === 1)].map((entry) => entry.id)
    expect(ids.length).toBe(300_000)
    expect(Array.from(ids)).toEqual(expected)
    expect(Math.max(...index.reads)).toBeLessThanOrEqual(2_500)
  })

  it('gives every id once, in order, whatever the chunk size and however ties fall on chunk ends', async () => {
    const values = ['', 'a', 'a', 'b', 'b', 'b', 'b', 'c', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'e']
    const entries = values.flatMap((value, group) => Array.from({ length: group % 3 === 0 ? 1 : 5 }, (_, n) => ({ id: 100 - group * 5 - n, value })))
    const expected = [...entries].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.id - b.id)).map((entry) => entry.id)
    for (const size of [1, 2, 3, 5, 7, 64, 1_000]) {
      const index = memoryIndex(entries)
      expect(Array.from(await readInChunks(index, size)), `chunks of ${size}`).toEqual(expected)
      expect(Math.max(...index.reads), `chunks of ${size}`).toBeLessThanOrEqual(size)
    }
    expect(Array.from(await readInChunks(memoryIndex([]), 5))).toEqual([])
  })

  it('waits for the desk before every chunk', async () => {
    let waits = 0
    await readInChunks(memoryIndex(Array.from({ length: 50 }, (_, index) => ({ id: index + 1, value: 0 }))), 10, async () => void waits++)
    // 50 ties in chunks of 10: five full chunks, then one that finds the end.
    expect(waits).toBe(6)
  })
})

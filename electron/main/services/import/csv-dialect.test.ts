import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { detectDelimiter } from './csv-dialect'
import { readCsv } from './csv-reader'
import { ReadProgress } from './read-progress'
import { tempFolder } from './import-files.test-support'

const folder = tempFolder()
afterAll(() => folder.remove())

function toCsv(rows: string[][], delimiter: string, lineEnd: string): string {
  const quote = (cell: string) => (/["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell)
  return rows.map((row) => row.map(quote).join(delimiter)).join(lineEnd) + lineEnd
}

describe('detecting the separator', () => {
  it.each([
    ['Imię;Nazwisko;Kwota\r\nAnna;Nowak;12,50\r\nJan;Kot;7,00\r\n', ';'],
    ['Name,Phone\n"Kowalska, Anna",601234567\n"Nowak, Jan",602345678\n', ','],
    ['Name\tPhone\tNotes\nAnna\t601\ta, b; c\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['email\nanna@example.pl\njan@example.pl\n', ',']
  ])('%j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected)
  })
})

describe('property: a table written as CSV reads back cell for cell', () => {
  const endCells = (rows: string[][]) => rows.map((row) => row.map((value, index) => (index === 0 || index === row.length - 1 ? `v${value.trim() || 'x'}` : value)))
  const tableOf = (cell: fc.Arbitrary<string>, minRows: number) =>
    fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: minRows, max: minRows + 10 }))
      .chain(([columns, rows]) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }))
      // Each row needs a value in its first and last cell: trailing empty cells and empty rows are dropped by design.
      .map(endCells)
  let run = 0
  const roundTrip = async (rows: string[][], delimiter: string, lineEnd: string, given: boolean) => {
    const path = join(folder.path, `t${run++}.csv`)
    writeFileSync(path, toCsv(rows, delimiter, lineEnd))
    const read = await readCsv(path, { locale: 'en', delimiter: given ? (delimiter as ',') : undefined }, new ReadProgress(), new AbortController().signal)
    expect(read.delimiter).toBe(delimiter)
    expect(read.collector.rows.map((row) => row.cells)).toEqual(rows.map((row) => row.map((value) => value.replace(/\r\n/g, '\n'))))
  }

  it('any cells (separators, quotes, line breaks inside) with the separator given', async () => {
    const cell = fc.stringMatching(/^[A-Za-zŁóżść0-9 ,;"\t\n|.-]{0,12}$/)
    await fc.assert(
      fc.asyncProperty(tableOf(cell, 1), fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\r\n', '\n'), (rows, delimiter, lineEnd) =>
        roundTrip(rows, delimiter, lineEnd, true)
      ),
      { numRuns: 100 }
    )
  })

  it('realistic cells (now and then a separator, quote or line break inside) with the separator detected', async () => {
    const word = fc.stringMatching(/^[A-Za-zŁóżść0-9 .@+-]{0,12}$/)
    const special = fc.tuple(word, fc.constantFrom(',', ';', '\t', '"', '\n', ', '), word).map(([a, b, c]) => a + b + c)
    const cell = fc.oneof({ weight: 12, arbitrary: word }, { weight: 1, arbitrary: special })
    await fc.assert(
      fc.asyncProperty(tableOf(cell, 5), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\r\n', '\n'), (rows, delimiter, lineEnd) =>
        roundTrip(rows, delimiter, lineEnd, false)
      ),
      { numRuns: 150 }
    )
  })
})

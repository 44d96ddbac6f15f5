import { describe, expect, it } from 'vitest'
import { fixture, readFile } from './import-files.test-support'

/**
 * Files saved by a real spreadsheet program (LibreOffice Calc, see tests/fixtures/import/README.md)
 * read with the right values: encodings, separators, quoted line breaks, dates, numbers that
 * were phones, text that was numbers, merged headers, title rows, empty rows and columns.
 */
describe('reading files a spreadsheet program saved', () => {
  it('a Polish CSV in Windows-1250 with ";" (Excel/Calc "CSV" on a Polish PC)', async () => {
    const { summary, rows } = await readFile(fixture('salon-pl-windows1250.csv'))
    expect(summary).toMatchObject({ kind: 'csv', encoding: 'windows-1250', delimiter: ';', headerLine: 1, sheets: [] })
    expect(summary.headers).toEqual(['Imię', 'Nazwisko', 'Telefon', 'E-mail', 'Data urodzenia', 'Miasto', 'Kod pocztowy', 'Uwagi', 'Zgoda SMS', 'Rabat'])
    // The rows keep their line numbers in the file; the empty line inside the list stays, without cells (the import counts it as skipped).
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7, 8])
    expect(rows[3].cells.every((cell) => cell === null)).toBe(true)
    expect(rows[0].cells).toEqual(['Łucja', 'Żółkiewska', '601 234 567', 'lucja.zolkiewska@example.pl', '15.03.1985', 'Łódź', '90-001',
      'Uczulenie na amoniak; farba bez PPD', 'tak', '10%'])
    expect(rows[1].cells.slice(0, 2)).toEqual(['Grzegorz', 'Brzęczyszczykiewicz'])
    expect(rows[1].cells[5]).toBe('Chrząszczyżewoszyce')
    expect(rows[2].cells[7]).toBe('Stała klientka, "koloryzacja"')
    expect(summary.rowCount).toBe(7)
  })

  it('a UTF-8 CSV with a BOM and quoted notes holding line breaks, commas and quotes', async () => {
    const { summary, rows } = await readFile(fixture('contacts-utf8-bom-multiline.csv'))
    expect(summary).toMatchObject({ encoding: 'utf-8', encodingGuessed: false, delimiter: ',', rowCount: 3 })
    expect(summary.headers[0]).toBe('First Name') // no BOM glued to the first header
    expect(rows[0].cells).toEqual(['Zoë', 'Dvořák', 'zoe.dvorak@example.cz', '+420 602 123 456', 'Prefers mornings\nAllergic to latex, "no latex gloves"', 'yes',
      '2023-05-02 14:30'])
    expect(rows[1].cells[1]).toBe("O'Brien")
    expect(rows[1].cells[4]).toBe('Line one\nLine two, with comma')
    expect(rows.map((row) => row.line)).toEqual([2, 4, 6])
    expect(rows[2].cells.slice(0, 2)).toEqual(['Ирина', 'Петренко'])
  })

  it('Excel\'s "Unicode text": UTF-16 with a BOM, tab-separated', async () => {
    const { summary, rows } = await readFile(fixture('unicode-text-utf16-tab.txt'))
    expect(summary).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', headers: ['Name', 'Mobile', 'E-mail'] })
    expect(rows[1].cells).toEqual(['François Müller', '+33 6 98 76 54 32', 'francois@example.fr'])
  })

  it('a Bulgarian CSV in Windows-1251 with Cyrillic headers, guessed even on an English PC', async () => {
    const { summary, rows } = await readFile(fixture('klienti-bg-windows1251.csv'), 'en-US')
    expect(summary).toMatchObject({ encoding: 'windows-1251', encodingGuessed: true, delimiter: ';' })
    expect(summary.headers).toEqual(['Име', 'Фамилия', 'Телефон', 'Имейл', 'Рожден ден', 'Бележки', 'Град'])
    expect(rows[0].cells).toEqual(['Иван', 'Петров', '0888 123 456', 'ivan.petrov@example.bg', '05.06.1988', 'Предпочита следобед', 'София'])
  })

  it('an .xlsx with a title row, merged headers, real dates, phones turned into numbers and numbers kept as text', async () => {
    const { summary, rows } = await readFile(fixture('salon-dates-phones.xlsx'))
    expect(summary).toMatchObject({ kind: 'xlsx', sheet: 'Klienci', encoding: null, delimiter: null })
    expect(summary.sheets).toEqual([{ name: 'Klienci', hidden: false }, { name: 'Archiwum', hidden: false }])
    // Row 1 is a merged title, row 2 empty: the headers are in row 3, "Telefon" merged over two columns.
    expect(summary.headerLine).toBe(3)
    expect(summary.headers).toEqual(['Imię', 'Nazwisko', 'Telefon', 'Telefon', 'E-mail', 'Data urodzenia', 'Nr karty', 'Rabat', 'Klient od'])
    // Row 6, empty, is left out of the sheet's XML: it is still a row of the list, without values.
    expect(summary.rowCount).toBe(5)
    expect(rows.map((row) => row.line)).toEqual([4, 5, 6, 7, 8])
    expect(rows[0].cells).toEqual(['Anna', 'Kowalska', 601234567, 48512345678, 'anna.kowalska@example.pl', '1985-03-15', '00123', '10%', '2019-06-01T10:30'])
    expect(rows[1].cells).toEqual(['Piotr', 'Nowak', 48601111222, null, 'PIOTR.NOWAK@EXAMPLE.PL', '1979-12-31', '000777', '15', '2020-01-15'])
    expect(rows[3].cells).toEqual(['Zofia', 'Wiśniewska', '+48 600 700 800', null, 'zofia@example.pl', '04.07.1990', 42, '5%', null])
    expect(rows[4].cells[5]).toBe('2030-01-01')
    // Every row is as wide as the headers: trailing empty cells come back as null.
    for (const row of rows) expect(row.cells).toHaveLength(9)
  })

  it('a hand-made .xlsx: empty rows inside the list stay as rows without values, the total line carries its formula, nothing after the last value', async () => {
    const { summary, rows } = await readFile(fixture('salon-handmade-totals.xlsx'))
    expect(summary).toMatchObject({ headerLine: 1, rowCount: 6 })
    expect(rows.map((row) => [row.line, row.cells.every((cell) => cell === null), row.totalFormula ?? null])).toEqual([
      [2, false, null], [3, false, null], [4, true, null], [5, false, null], [6, true, null], [7, false, 'COUNTA(A2:A5)']
    ])
    expect(rows[5].cells.slice(0, 2)).toEqual(['Razem', 3])
  })

  it('an .xlsx with Cyrillic headers and a cell with two lines', async () => {
    const { summary, rows } = await readFile(fixture('klienty-uk.xlsx'), 'uk-UA')
    expect(summary.headers).toEqual(['Прізвище', "Ім'я", 'Телефон', 'Ел. пошта', 'Дата народження', 'Примітки', 'Знижка'])
    expect(rows[0].cells).toEqual(['Шевченко', 'Олена', 501234567, 'olena@example.ua', '1992-08-24', 'Фарбування\nбез аміаку', 10])
    expect(rows[1].cells.slice(0, 3)).toEqual(['Коваленко', "Мар'яна", '+380 67 123 45 67'])
  })
})

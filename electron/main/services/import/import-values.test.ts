import { describe, expect, it } from 'vitest'
import { buildCustomerRow, type BuiltRow } from '@shared/import/build-customer'
import { guessColumnTargets } from '@shared/import/match-headers'
import { detectDayOrder } from '@shared/import/parse-date'
import { fixture, readFile } from './import-files.test-support'

/**
 * The fixtures a spreadsheet program saved, read by main, mapped automatically and turned into
 * customers by the shared rules: the values that would be saved, and the problems reported.
 */
const now = new Date(2024, 5, 1, 12, 0).getTime()

async function importRows(name: string, defaultCountry: string, locale = 'pl-PL'): Promise<{ built: BuiltRow[]; mapping: string[] }> {
  const { summary, rows } = await readFile(fixture(name), locale)
  const mapping = guessColumnTargets(summary.headers, rows.slice(0, 50).map((row) => row.cells)).map((guess) => guess.target)
  const dayOrders = summary.headers.map((_, column) => detectDayOrder(rows.map((row) => row.cells[column]), 'day-first'))
  const built = rows.map((row) => buildCustomerRow(row, { mapping, headers: summary.headers, defaultCountry, dayOrders, now }))
  return { built, mapping }
}

describe('fixtures become the right customers', () => {
  it('the Windows-1250 CSV: Polish names, phones, dates, consent and discount; bad values reported and kept', async () => {
    const { built, mapping } = await importRows('salon-pl-windows1250.csv', 'PL')
    expect(mapping).toEqual(['firstName', 'lastName', 'phone', 'email', 'birthday', 'city', 'postalCode', 'notes', 'consentSms', 'discount'])
    // Line 5 is empty: it stays in the list as a row without values (the import counts it as skipped).
    const [lucja, grzegorz, ewa, empty, jan, anna, orphan] = built
    expect(empty.identified).toBe(false)
    expect(lucja.customer).toMatchObject({
      firstName: 'Łucja', lastName: 'Żółkiewska', phones: ['+48601234567'], emails: ['lucja.zolkiewska@example.pl'], birthday: '1985-03-15',
      city: 'Łódź', postalCode: '90-001', notes: 'Uczulenie na amoniak; farba bez PPD', consentSms: { state: 'given', at: null }, discountPercent: 10
    })
    expect(lucja.problems).toEqual([])
    expect(grzegorz.customer).toMatchObject({ phones: ['+48512345678'], emails: [], birthday: '1979-12-31', consentSms: { state: 'not-given', at: null } })
    expect(grzegorz.problems).toEqual([{ code: 'email-invalid', column: 3, value: 'grzegorz@example' }])
    expect(grzegorz.customer.notes).toBe('E-mail: grzegorz@example')
    expect(ewa.customer).toMatchObject({ phones: ['+48693111222'], birthday: '1990-07-04', discountPercent: 5, consentSms: { state: 'given', at: null } })
    expect(jan.customer.phones).toEqual(['+48601234567']) // the same phone as Łucja's: a duplicate inside the file
    expect(anna.customer).toMatchObject({ firstName: 'Anna', phones: [], birthday: '' })
    expect(anna.problems.map((problem) => problem.code)).toEqual(['phone-invalid', 'date-invalid'])
    expect(orphan.identified).toBe(false)
  })

  it('the UTF-8 CSV with a BOM: multi-line notes, e-mail consent, created-at with time', async () => {
    const { built } = await importRows('contacts-utf8-bom-multiline.csv', 'PL', 'en-GB')
    expect(built[0].customer).toMatchObject({
      firstName: 'Zoë', lastName: 'Dvořák', phones: ['+420602123456'], emails: ['zoe.dvorak@example.cz'],
      notes: 'Prefers mornings\nAllergic to latex, "no latex gloves"', consentEmail: { state: 'given', at: null },
      createdAt: new Date(2023, 4, 2, 14, 30).getTime()
    })
    expect(built[1].customer).toMatchObject({ lastName: "O'Brien", emails: ['soren@example.com'], phones: ['+447911123456'], consentEmail: { state: 'not-given', at: null } })
    expect(built[2].customer).toMatchObject({ firstName: 'Ирина', lastName: 'Петренко', phones: ['+380501234567'] })
  })

  it('the .xlsx: phones Excel turned into numbers, card numbers with zeros, real dates, a percent discount, a date in the future', async () => {
    const { built, mapping } = await importRows('salon-dates-phones.xlsx', 'PL')
    expect(mapping).toEqual(['firstName', 'lastName', 'phone', 'phone', 'email', 'birthday', 'cardNumber', 'discount', 'createdAt'])
    const [anna, piotr, empty, zofia, marek] = built
    expect(empty.identified).toBe(false)
    expect(anna.customer).toMatchObject({
      phones: ['+48601234567', '+48512345678'], emails: ['anna.kowalska@example.pl'], birthday: '1985-03-15', cardNumber: '00123', discountPercent: 10,
      createdAt: new Date(2019, 5, 1, 10, 30).getTime()
    })
    expect(piotr.customer).toMatchObject({ phones: ['+48601111222'], emails: ['piotr.nowak@example.pl'], cardNumber: '000777', discountPercent: 15 })
    expect(zofia.customer).toMatchObject({ phones: ['+48600700800'], birthday: '1990-07-04', cardNumber: '42', discountPercent: 5 })
    expect(marek.customer.birthday).toBe('')
    expect(marek.problems.map((problem) => problem.code)).toEqual(['email-invalid', 'date-out-of-range'])
  })

  it('Cyrillic headers: the Ukrainian .xlsx and the Bulgarian Windows-1251 CSV', async () => {
    const uk = await importRows('klienty-uk.xlsx', 'UA', 'uk-UA')
    expect(uk.mapping).toEqual(['lastName', 'firstName', 'phone', 'email', 'birthday', 'notes', 'discount'])
    expect(uk.built[0].customer).toMatchObject({
      firstName: 'Олена', lastName: 'Шевченко', phones: ['+380501234567'], emails: ['olena@example.ua'], birthday: '1992-08-24',
      notes: 'Фарбування\nбез аміаку', discountPercent: 10
    })
    expect(uk.built[1].customer).toMatchObject({ firstName: "Мар'яна", phones: ['+380671234567'], birthday: '1991-08-24', discountPercent: 0 })

    const bg = await importRows('klienti-bg-windows1251.csv', 'BG', 'bg-BG')
    expect(bg.mapping).toEqual(['firstName', 'lastName', 'phone', 'email', 'birthday', 'notes', 'city'])
    expect(bg.built[0].customer).toMatchObject({ firstName: 'Иван', lastName: 'Петров', phones: ['+359888123456'], birthday: '1988-06-05', city: 'София' })
    expect(bg.built[1].customer).toMatchObject({ phones: ['+359877654321'], notes: 'Алергия към никел' })
  })
})

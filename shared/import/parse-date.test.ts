import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { birthdayText, detectDayOrder, isNoDatePlaceholder, parseDate } from './parse-date'

const day = (cell: string | number, order: 'day-first' | 'month-first' = 'day-first') => {
  const parts = parseDate(cell, order, 2024)
  return parts ? birthdayText(parts) : null
}

describe('reading dates', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2019-06-01T10:30', '2019-06-01'],
    ['15.03.1985', '1985-03-15'],
    ['15.03.1985 14:30', '1985-03-15'],
    ['5.3.1985', '1985-03-05'],
    ['15/03/1985', '1985-03-15'],
    ['15-03-1985', '1985-03-15'],
    ['1985/03/15', '1985-03-15'],
    ['15.03.85', '1985-03-15'],
    ['01.02.07', '2007-02-01'],
    ['15.03.', '--03-15'],
    ['--03-15', '--03-15'],
    ['19850315', '1985-03-15'],
    ['15 marca 1985', '1985-03-15'],
    ['5 March 1985', '1985-03-05'],
    ['March 5, 1985', '1985-03-05'],
    ['15. března 1985', '1985-03-15'],
    ['24 серпня 1991', '1991-08-24'],
    ['3 février 1990', '1990-02-03'],
    ['12 май 1988', '1988-05-12']
  ])('%j → %j', (text, iso) => {
    expect(day(text)).toBe(iso)
  })

  it('reads US order when the column says so, and dots as day-first always', () => {
    expect(day('03/15/1985', 'month-first')).toBe('1985-03-15')
    expect(day('03/04/1985', 'month-first')).toBe('1985-03-04')
    expect(day('03/04/1985', 'day-first')).toBe('1985-04-03')
    expect(day('03.04.1985', 'month-first')).toBe('1985-04-03')
    expect(day('03/15', 'month-first')).toBe('--03-15')
  })

  it('reads an Excel serial number left in a date column', () => {
    expect(day(31121)).toBe('1985-03-15')
  })

  it('refuses what is not a date', () => {
    for (const text of ['32.13.2001', '31.02.2020', 'soon', '12-34', '2024-13-01', '15.03.1985 25:00', 'tak']) expect(day(text), text).toBeNull()
  })

  it('takes the order of a column from the values that settle it', () => {
    expect(detectDayOrder(['03/04/1990', '25/12/1980'], 'month-first')).toBe('day-first')
    expect(detectDayOrder(['03/04/1990', '12/25/1980'], 'day-first')).toBe('month-first')
    expect(detectDayOrder(['03/04/1990'], 'month-first')).toBe('month-first')
  })

  it('property: any real date written as dd.mm.yyyy, yyyy-mm-dd or mm/dd/yyyy (US) reads back the same', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (date) => {
        const y = date.getUTCFullYear()
        const m = String(date.getUTCMonth() + 1).padStart(2, '0')
        const d = String(date.getUTCDate()).padStart(2, '0')
        const iso = `${y}-${m}-${d}`
        return day(`${d}.${m}.${y}`) === iso && day(iso) === iso && day(`${m}/${d}/${y}`, 'month-first') === iso
      }),
      { numRuns: 500 }
    )
  })
})

describe('"no date" as programs write it', () => {
  it.each(['0/0/00', '00.00.0000', '0000-00-00', '0000-00-00 00:00:00', '1/1/1601', '01.01.0001', '1/1/4501', '1899-12-30', 0])('%j is no date', (cell) => {
    expect(isNoDatePlaceholder(cell)).toBe(true)
  })

  it.each(['15.03.1985', '1/1/2000', '2024-01-01', 'tomorrow', 31121])('%j is a date or text, not the placeholder', (cell) => {
    expect(isNoDatePlaceholder(cell)).toBe(false)
  })
})

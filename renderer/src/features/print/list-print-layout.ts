import { customerFields, type CustomerFieldKey } from '@shared/export/customer-fields'
import { columnNeeds, comfortableWrapMm, neededWidth, printableWidthMm, shareWidths, type TextMeasure } from './print-columns'

/**
 * How a printed customer list uses the paper. A call list is useless with a cut phone number,
 * so phones, dates, money and counts are printed whole (print-columns.ts); text wraps. The
 * page turns landscape when the columns need it, and when even landscape cannot hold them,
 * the least needed columns are left out — the printout says which.
 */

export interface ListPrintColumn {
  key: CustomerFieldKey
  header: string
  numeric: boolean
  /** Whole values (no wrapping) or text that wraps. */
  whole: boolean
  /** Percent of the table's width. */
  width: number
}

export interface ListPrintLayout {
  columns: ListPrintColumn[]
  landscape: boolean
  /** Columns asked for but left out for lack of room, in the list's order. */
  dropped: CustomerFieldKey[]
}

/** Text fields whose values must not break: a number to dial or type, a code. */
const wholeTextFields: ReadonlySet<CustomerFieldKey> = new Set(['phone', 'otherPhones', 'postalCode', 'cardNumber'])
/** The columns a list is printed for: who, and how to reach them. Left out last. */
const keptToTheEnd: ReadonlySet<CustomerFieldKey> = new Set(['firstName', 'lastName', 'phone'])

export function printsWhole(key: CustomerFieldKey): boolean {
  return customerFields[key].type !== 'text' || wholeTextFields.has(key)
}

function isNumeric(key: CustomerFieldKey): boolean {
  const type = customerFields[key].type
  return type === 'number' || type === 'money' || type === 'percent'
}

/**
 * Chooses the orientation and the columns, and sizes them:
 * 1. portrait, when whole columns fit and text columns get a comfortable width;
 * 2. otherwise landscape, when whole columns and the text columns' floors fit;
 * 3. otherwise the rightmost column that is not a name or the phone is left out, and again.
 * `landscape` given: that orientation only (columns are left out as needed).
 */
export function layoutListColumns(
  keys: readonly CustomerFieldKey[],
  header: (key: CustomerFieldKey) => string,
  rows: readonly string[][],
  measure: TextMeasure,
  landscape?: boolean
): ListPrintLayout {
  const allNeeds = columnNeeds(
    keys.map((key) => ({ header: header(key), whole: printsWhole(key) })),
    rows,
    measure
  )
  let kept = keys.map((_, index) => index)
  const dropped: number[] = []
  for (;;) {
    const needs = kept.map((index) => allNeeds[index])
    const choice =
      landscape !== undefined
        ? neededWidth(needs) <= printableWidthMm(landscape) + 0.01
          ? landscape
          : undefined
        : neededWidth(needs, comfortableWrapMm) <= printableWidthMm(false)
          ? false
          : neededWidth(needs) <= printableWidthMm(true) + 0.01
            ? true
            : undefined
    const leaving = [...kept].reverse().find((index) => !keptToTheEnd.has(keys[index]))
    if (choice !== undefined || leaving === undefined) {
      const orientation = choice ?? landscape ?? true
      const { widths } = shareWidths(needs, printableWidthMm(orientation))
      return {
        columns: kept.map((index, position) => {
          const key = keys[index]
          return { key, header: header(key), numeric: isNumeric(key), whole: allNeeds[index].whole, width: widths[position] }
        }),
        landscape: orientation,
        dropped: dropped.sort((a, b) => a - b).map((index) => keys[index])
      }
    }
    kept = kept.filter((index) => index !== leaving)
    dropped.push(leaving)
  }
}

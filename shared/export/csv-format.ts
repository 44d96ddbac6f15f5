import { decimalSeparator } from './excel-formats'
import { neutraliseForCsv } from './formula-safety'

/**
 * The separator Excel expects when it opens a CSV by double-click in this locale: where the
 * decimal separator is a comma (pl, cs, uk, fr, bg), the list separator is a semicolon.
 */
export function csvSeparator(locale: string): ',' | ';' {
  return decimalSeparator(locale) === ',' ? ';' : ','
}

/** Excel recognises UTF-8 only with a byte-order mark; without it, "Łódź" turns into mojibake. */
export const utf8Bom = '\uFEFF'

/** RFC 4180 quoting: a field with the separator, a quote, CR or LF is quoted, quotes doubled. */
export function csvField(text: string, separator: string): string {
  if (text.includes(separator) || /["\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`
  return text
}

/** A text cell: neutralised against formula injection, then quoted as needed. */
export function csvText(text: string, separator: string): string {
  return csvField(neutraliseForCsv(text), separator)
}

/** A number written the way the locale's spreadsheet parses it: no grouping, local decimal mark. */
export function csvNumber(value: number, locale: string, fractionDigits?: number): string {
  const text = fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits)
  return decimalSeparator(locale) === ',' ? text.replace('.', ',') : text
}

/** CRLF ends every record, as RFC 4180 and Excel expect. */
export function csvRecord(fields: string[], separator: string): string {
  return fields.join(separator) + '\r\n'
}

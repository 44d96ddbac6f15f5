/**
 * Text in a SpreadsheetML cell is an ST_Xstring (ECMA-376 Part 1, 22.9.2.19): a character
 * XML cannot carry is written as `_xHHHH_` (its UTF-16 code unit in hex), and an underscore
 * that would otherwise start such a sequence is written as `_x005F_`, so that a literal
 * "_x000D_" typed by a user reads back as itself. Carriage return is among the escaped ones:
 * XML is allowed to carry it raw, but every XML reader turns a raw CR (and CRLF) into LF.
 * Excel, LibreOffice and SheetJS decode these sequences; tab and line feed stay raw.
 */

/**
 * What must be escaped: an underscore before "xHHHH_", C0 controls but tab and line feed,
 * the two non-characters U+FFFE/U+FFFF, and a surrogate without its pair.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const needsEscape = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const escapeSequence = /_x([0-9A-Fa-f]{4})_/g

function hex(char: string): string {
  return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`
}

/** True when the text cannot go into a cell's XML as it is. */
export function needsXstringEscape(text: string): boolean {
  needsEscape.lastIndex = 0
  return needsEscape.test(text)
}

export function escapeXstring(text: string): string {
  return text.replace(needsEscape, hex)
}

/** Reads `_xHHHH_` sequences back into the characters they stand for. */
export function unescapeXstring(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(escapeSequence, (_sequence, code: string) => String.fromCharCode(parseInt(code, 16)))
}

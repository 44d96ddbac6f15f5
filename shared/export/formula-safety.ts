/**
 * Formula ("CSV") injection: a spreadsheet program evaluates a cell that starts with one of
 * `= + - @` as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`, `-2+3`), and `|` starts a DDE
 * call in some of them. Programs that trim a field, or read fullwidth forms as their ASCII
 * twins (Excel with East Asian input), also run ` =1`, `\t=1` and `＝1`; tab, CR or LF at the
 * start can hide such a start on its own. OWASP: https://owasp.org/www-community/attacks/CSV_Injection
 */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const formulaStart = /^[\s\u0000-\u001F]*[=+\-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C]/u
const hidingStart = /^[\t\r\n]/

export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text) || hidingStart.test(text)
}

/**
 * A text value made safe for CSV: OWASP's advice is to prefix a leading single quote, which
 * makes Excel and LibreOffice keep the cell as text. (In .xlsx no prefix is needed: main
 * writes every text as a string cell, which no program evaluates, whatever it starts with.)
 */
export function neutraliseForCsv(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text
}

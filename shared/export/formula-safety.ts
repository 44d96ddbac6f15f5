/**
 * Formula ("CSV") injection: a spreadsheet program evaluates a cell that starts with one of
 * these characters as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`, `-2+3`), and tab, CR
 * or LF can hide such a start. OWASP: https://owasp.org/www-community/attacks/CSV_Injection
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r', '\n'])

export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && formulaStarts.has(text[0])
}

/**
 * A text value made safe for CSV: OWASP's advice is to prefix a leading single quote, which
 * makes Excel and LibreOffice keep the cell as text. (In .xlsx no prefix is needed: main
 * writes every text as a string cell, which no program evaluates.)
 */
export function neutraliseForCsv(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text
}

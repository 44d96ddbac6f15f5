/**
 * The printed page: A4, margins, and the running header and footer in the page margins
 * (CSS paged media, which Chromium and so Electron support): the store and title on the left,
 * the date on the right, "Page 2 of 5" at the bottom. The same rules serve the PDF and the
 * system printer.
 */

/** A CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`
}

/**
 * "Page {page} of {pages}" in the UI language → `"Page " counter(page) " of " counter(pages)`,
 * wherever the language puts the numbers.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ')
}

export interface PageStyleOptions {
  landscape: boolean
  /** Top left: "Salon Mokotów · Customers". */
  header: string
  /** Top right: the date and time of printing. */
  printedAt: string
  /** "Page {page} of {pages}", translated. */
  pageTemplate: string
}

export function printPageCss(options: PageStyleOptions): string {
  const box = 'font: 8.5pt system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #5b6470;'
  return `@page {
  size: A4 ${options.landscape ? 'landscape' : 'portrait'};
  margin: 16mm 12mm 15mm 12mm;
  @top-left { content: ${cssString(options.header)}; ${box} vertical-align: bottom; }
  @top-right { content: ${cssString(options.printedAt)}; ${box} vertical-align: bottom; }
  @bottom-right { content: ${pageCounterContent(options.pageTemplate)}; ${box} vertical-align: top; }
}`
}

/** Heights in print.css, in millimetres: a list row, the column headers, the title and each line under it. */
const rowMm = 5.6
const headMm = 9.6
const titleMm = 12
const factMm = 5

/**
 * Rows of a printed list per page: rows are one line of a fixed height (print.css), so the
 * page count can be told before printing. Usable height: A4 minus margins, minus the headers.
 */
export function listRowsPerPage(landscape: boolean): number {
  const pageHeightMm = landscape ? 210 : 297
  return Math.floor((pageHeightMm - 16 - 15 - headMm) / rowMm)
}

/** Pages a list of `rows` rows will take; the first page also holds the title and `factLines` lines under it. */
export function estimatedListPages(rows: number, landscape: boolean, factLines: number): number {
  const perPage = listRowsPerPage(landscape)
  const firstPage = Math.max(1, Math.floor(((landscape ? 210 : 297) - 16 - 15 - headMm - titleMm - factLines * factMm) / rowMm))
  return rows <= firstPage ? 1 : 1 + Math.ceil((rows - firstPage) / perPage)
}

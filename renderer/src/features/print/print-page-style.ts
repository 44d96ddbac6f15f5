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

/** Height of a page's printable area (the @page margins above: 16 mm top, 15 mm bottom). */
export function pageContentHeightMm(landscape: boolean): number {
  return (landscape ? 210 : 297) - 16 - 15
}

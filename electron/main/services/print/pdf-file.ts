/**
 * Pages of a PDF, from its page objects (`/Type /Page`, not `/Pages`). Chromium writes them
 * uncompressed, so counting is enough to report "3 pages" without a PDF library.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

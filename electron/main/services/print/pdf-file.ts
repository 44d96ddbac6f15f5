import { localIsoDate } from '@shared/export/local-time'
import type { PrintFileKind } from '@shared/ipc/contract-print'

/** `customer-card-anna-nowak-2026-03-05.pdf`: what it is, whose, and when; letters of any script kept. */
export function suggestedPdfName(kind: PrintFileKind, subject: string | undefined, now: Date): string {
  const safe = (subject ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
  return `${kind}${safe ? `-${safe}` : ''}-${localIsoDate(now)}.pdf`
}

/**
 * Pages of a PDF, from its page objects (`/Type /Page`, not `/Pages`). Chromium writes them
 * uncompressed, so counting is enough to report "3 pages" without a PDF library.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

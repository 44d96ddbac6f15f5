import * as v from 'valibot'
import { channel } from './channel'

/**
 * Printing of the print layout the renderer has put in the window (a customer card, a list):
 *
 *   print:pdf     → main asks where to save the PDF, renders the window's page to it
 *                   → { fileName, pages, bytes } | null (the user cancelled the dialog)
 *   print:printer → the system print dialog → { printed } (false: the user cancelled it)
 */

export const printFileKinds = ['customer-card', 'customer-list'] as const
export type PrintFileKind = (typeof printFileKinds)[number]

const printInput = v.strictObject({
  fileKind: v.picklist(printFileKinds),
  /** A name for the suggested file ("Anna Nowak"); main keeps only safe characters. */
  subject: v.optional(v.pipe(v.string(), v.maxLength(120))),
  landscape: v.optional(v.boolean()),
  /** The file-type name in the save dialog ("PDF document"), translated. */
  fileTypeName: v.pipe(v.string(), v.minLength(1), v.maxLength(100))
})

export interface PdfSaved {
  fileName: string
  pages: number
  bytes: number
}

export const printChannels = {
  'print:pdf': channel<PdfSaved | null>()(printInput),
  'print:printer': channel<{ printed: boolean }>()(v.strictObject({ landscape: v.optional(v.boolean()) }))
}

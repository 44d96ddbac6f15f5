import * as v from 'valibot'
import { channel } from './channel'
import { suggestedFileNameSchema } from './contract-export'

/**
 * Printing of the print layout the renderer has put in the window (a customer card, a list):
 *
 *   print:pdf     → main asks where to save the PDF, renders the window's page to it
 *                   → { fileName, pages, bytes } | null (the user cancelled the dialog)
 *   print:printer → the system print dialog → { printed } (false: the user cancelled it)
 */

const printInput = v.strictObject({
  /** The suggested file's name: "karta klienta" and "Anna Nowak", translated; main keeps only safe characters. */
  fileName: suggestedFileNameSchema,
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

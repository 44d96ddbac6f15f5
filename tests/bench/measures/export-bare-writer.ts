import ExcelJS from 'exceljs'
import type { ExportCell, ExportColumn } from '@shared/export/export-spec'

/**
 * exceljs' streaming writer with nothing around it, fed the same calls as Regulars' export:
 * begin (columns), rows (the same values), finish. Dates become Date objects, money is divided
 * into units, both with a number format — the least a usable file needs.
 */
export function writeBare(file: string) {
  let workbook: ExcelJS.stream.xlsx.WorkbookWriter | null = null
  let sheet: (ExcelJS.Worksheet & { commit(): void }) | null = null
  let columns: ExportColumn[] = []
  return {
    async handle(channel: string, input: unknown): Promise<unknown> {
      if (channel === 'export:begin') {
        columns = (input as { sheets: Array<{ columns: ExportColumn[] }> }).sheets[0].columns
        workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false })
        sheet = workbook.addWorksheet('Customers') as ExcelJS.Worksheet & { commit(): void }
        sheet.columns = columns.map((column) => ({
          key: column.key,
          header: column.header,
          style: column.type === 'money' ? { numFmt: '#,##0.00 [$zł-415]' } : column.type === 'date' || column.type === 'datetime' ? { numFmt: 'dd.mm.yyyy hh:mm' } : {}
        }))
        return { ok: true, data: { exportId: 'bare', fileName: file } }
      }
      if (channel === 'export:rows') {
        for (const row of (input as { rows: ExportCell[][] }).rows) {
          const values = row.map((value, index) => {
            const type = columns[index].type
            if (typeof value === 'number' && (type === 'date' || type === 'datetime')) return value === 0 ? null : new Date(value)
            if (typeof value === 'number' && type === 'money') return value / 100
            return value
          })
          sheet!.addRow(values).commit()
        }
        return { ok: true, data: {} }
      }
      sheet!.commit()
      await workbook!.commit()
      return { ok: true, data: {} }
    }
  }
}

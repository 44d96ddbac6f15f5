import { getCurrentInstance, h, nextTick, render, type Component } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage } from 'naive-ui'
import type { Id } from '@shared/domain/types'
import { fieldLabelKey } from '@shared/customer-fields/derived'
import { customerFields, type CustomerFieldKey } from '@shared/export/customer-fields'
import { throwIfCancelled } from '@shared/jobs/job'
import { auditedListDetails, type AuditedList } from '@shared/audit/audited-list'
import { appDb, appendAudit, canSeeContacts, getDataSettings, listStores, customerIdTotal, type CustomerIdSource } from '@renderer/db'
import { withoutContactFields } from '@shared/staff/contact-fields'
import { callFileWork } from '@renderer/file-work'
import type { JobLines } from '@renderer/jobs/job-lines'
import type { JobOutcome } from '@renderer/jobs/job-runner'
import { useJob } from '@renderer/jobs/use-job'
import { useJobDialog } from '@renderer/jobs/use-job-dialog'
import { useApproval } from '../approval/use-approval'
import { buildExportTexts } from '../export/export-texts'
import type { ScopedFigures } from '../export/scoped-figures'
import { cardPrintContent } from './card-print-content'
import CustomerCardPrint from './CustomerCardPrint.vue'
import CustomerListPrint from './CustomerListPrint.vue'
import { listPrintRows } from './list-print-content'
import { layoutListColumns } from './list-print-layout'
import { countListPages, measureListPrint } from './list-print-pages'
import { canvasMeasure, fitColumnWidths, printableWidthMm } from './print-columns'
import { printFormatters } from './print-format'
import { printPageCss } from './print-page-style'
import './print.css'

/**
 * Printing from the list and the card:
 *
 *   const { printCustomerCard, printList } = usePrint()      // in a component's setup
 *   printCustomerCard(id, 'printer' | 'pdf')
 *   printList({ source: { ids }, columns: visibleColumnKeys, filterDescription, sort, storeName }, 'pdf')
 *
 * The print layout is rendered outside the app (.print-root), shown only to the printer;
 * main prints the window through the system dialog or saves a PDF where the user chooses.
 * A list over 20 000 rows is refused (export it); one over 2 000 asks, with the page count of
 * its laid-out pages. A list is read with progress and Cancel (no printout, no file, no audit
 * entry) until it goes to the printer or the PDF; one printout at a time.
 */

export type PrintTarget = 'printer' | 'pdf'

export interface ListPrintRequest {
  source: CustomerIdSource
  /** The exported fields of the list's visible columns (views/customer-list/columns.ts `printedFields`). */
  columns: readonly CustomerFieldKey[]
  title?: string
  /** The list's conditions in words, for the paper ("Not seen for 90 days; Search: Nowak"). */
  filterDescription?: string
  segmentName?: string
  /** The list's sort: the column's label and its direction. */
  sort?: { column: string; descending: boolean }
  /** What the audit log records of the list: its conditions as data, shown in any language later. */
  audit?: AuditedList
  /** The store the list is for ("Salon Mokotów"); the only store's name when omitted. */
  storeName?: string
  /** Portrait or landscape; by default portrait, or landscape when the columns need it (list-print-layout.ts). */
  landscape?: boolean
  /** The list's store selection: its figures and currency (export/scoped-figures.ts). */
  figures?: ScopedFigures
}

export const askAboveRows = 2_000
export const maxPrintedRows = 20_000

const listProgressLines: JobLines = {
  rows: 'print.progress.rows',
  layout: 'print.progress.layout',
  printer: 'print.progress.printer',
  pdf: 'print.progress.pdf'
}

export function usePrint() {
  const instance = getCurrentInstance()
  const { t, locale } = useI18n()
  const dialog = useDialog()
  const message = useMessage()
  const job = useJob()
  const approval = useApproval()
  const showJobDialog = useJobDialog()

  /** Puts a print layout in place for the duration of `work`, then removes every trace of it. */
  async function withPrintLayout<T>(component: Component, props: Record<string, unknown>, page: Parameters<typeof printPageCss>[0], work: (root: HTMLElement) => Promise<T>): Promise<T> {
    const root = document.createElement('div')
    root.className = 'print-root'
    document.body.appendChild(root)
    const style = document.createElement('style')
    style.textContent = printPageCss(page)
    document.head.appendChild(style)
    const vnode = h(component, props)
    vnode.appContext = instance?.appContext ?? null
    render(vnode, root)
    document.documentElement.classList.add('is-printing')
    try {
      await nextTick()
      await document.fonts.ready
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)))
      return await work(root)
    } finally {
      document.documentElement.classList.remove('is-printing')
      render(null, root)
      root.remove()
      style.remove()
    }
  }

  /** Sends the layout to the printer or to a PDF; tells the user what happened. */
  async function output(target: PrintTarget, file: { baseName: string; subject?: string }, landscape: boolean): Promise<{ fileName?: string; pages?: number } | null> {
    if (target === 'printer') {
      const { printed } = await callFileWork('print:printer', { landscape })
      if (printed) message.success(t('print.sentToPrinter'))
      return printed ? {} : null
    }
    const saved = await callFileWork('print:pdf', { fileName: { base: file.baseName, subject: file.subject }, landscape, fileTypeName: t('print.fileTypePdf') })
    if (!saved) return null
    message.success(saved.pages === 1 ? t('print.savedOnePage', { file: saved.fileName }) : t('print.saved', { file: saved.fileName, pages: saved.pages }), {
      duration: 8000,
      closable: true
    })
    return { fileName: saved.fileName, pages: saved.pages }
  }

  function header(storeName: string, title: string): string {
    return storeName ? `${storeName} · ${title}` : title
  }

  /** "Page {page} of {pages}" with its placeholders kept: the printer fills them in, per page. */
  function pageTemplate(): string {
    return t('print.page', { page: '{page}', pages: '{pages}' })
  }

  function printedAt(): string {
    return t('print.printedAt', { date: new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date()) })
  }

  /** Tells how a printout ended; true when it was printed or saved. */
  function told(outcome: JobOutcome<boolean>): boolean {
    if (outcome.status === 'cancelled') message.info(t('print.cancelled'))
    if (outcome.status === 'failed') dialog.error({ title: t('print.errors.failed'), content: outcome.message, positiveText: t('print.ok') })
    return outcome.status === 'finished' && outcome.value
  }

  async function printCustomerCard(id: Id, target: PrintTarget): Promise<boolean> {
    const db = appDb()
    const outcome = await job.run(async () => {
      // One customer is quick: a spinner says it is on its way, no progress to show.
      const loading = message.loading(t('print.preparing'), { duration: 0 })
      try {
        const translate = (key: string, named?: Record<string, unknown>) => t(key, named ?? {})
        const { content, customer, storeName } = await cardPrintContent(id, translate, locale.value)
        const { widths } = fitColumnWidths(content.orders.columns, content.orders.rows, canvasMeasure(), printableWidthMm(false))
        content.orders.columns.forEach((column, index) => (column.width = widths[index]))
        loading.destroy()
        const done = await withPrintLayout(CustomerCardPrint, { card: content }, { landscape: false, header: header(storeName, content.name), printedAt: printedAt(), pageTemplate: pageTemplate() }, () =>
          output(target, { baseName: t('print.fileNames.card'), subject: customer.erased ? String(id) : content.name }, false)
        )
        if (!done) return false
        await appendAudit(db, {
          action: 'print',
          staffName: (await getDataSettings(db)).staffName,
          customerIds: [id],
          details: { what: 'customer-card', to: target, ...(done.fileName ? { fileName: done.fileName, pages: done.pages } : {}) }
        })
        return true
      } finally {
        loading.destroy()
      }
    })
    return told(outcome)
  }

  /** Refuses a list over 20 000 rows (telling the user to export it instead). */
  function refuseTooLong(rows: number): boolean {
    if (rows <= maxPrintedRows) return false
    dialog.warning({
      title: t('print.list.tooLongTitle'),
      content: t('print.list.tooLong', { rows: rows.toLocaleString(locale.value), max: maxPrintedRows.toLocaleString(locale.value) }),
      positiveText: t('print.ok')
    })
    return true
  }

  /** Resolves true to go on: asks about a list over 2 000 rows, with its page count. */
  function confirmLength(rows: number, pages: number, target: PrintTarget): Promise<boolean> {
    if (rows <= askAboveRows) return Promise.resolve(true)
    return new Promise((resolve) => {
      const named = { rows: rows.toLocaleString(locale.value), pages: pages.toLocaleString(locale.value) }
      dialog.warning({
        title: t('print.list.confirmTitle'),
        content: t(target === 'pdf' ? 'print.list.confirmPdf' : 'print.list.confirm', named, pages),
        positiveText: t(target === 'pdf' ? 'print.list.confirmPdfYes' : 'print.list.confirmYes', named, pages),
        negativeText: t('print.list.cancel'),
        class: 'print-confirm-dialog',
        positiveButtonProps: { 'data-testid': 'print-confirm' } as never,
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false)
      })
    })
  }

  /** The lines under a printed list's title, in the UI language. */
  function listFacts(request: ListPrintRequest, rows: number, dropped: readonly CustomerFieldKey[]): string[] {
    const sort = request.sort
    return [
      t('print.list.count', { n: rows.toLocaleString(locale.value) }, rows),
      ...(request.segmentName ? [t('print.list.segment', { segment: request.segmentName })] : []),
      ...(request.filterDescription ? [t('print.list.filter', { filter: request.filterDescription })] : []),
      ...(sort ? [t(sort.descending ? 'print.list.sortDescending' : 'print.list.sortAscending', { column: sort.column })] : []),
      ...(dropped.length ? [t('print.list.leftOut', { columns: dropped.map((key) => t(fieldLabelKey(key))).join(', ') }, dropped.length)] : [])
    ]
  }

  /** The rows' cells of the columns the layout kept (a column left out for lack of room takes its cells with it). */
  function keptCells(rows: string[][], asked: readonly CustomerFieldKey[], kept: readonly { key: CustomerFieldKey }[]): string[][] {
    if (kept.length === asked.length) return rows
    const indexes = kept.map((column) => asked.indexOf(column.key))
    return rows.map((row) => indexes.map((index) => row[index] ?? ''))
  }

  async function printList(request: ListPrintRequest, target: PrintTarget): Promise<boolean> {
    const db = appDb()
    const asked: readonly CustomerFieldKey[] = request.columns.length ? request.columns : ['firstName', 'lastName', 'phone', 'email']
    // Without the right to see contact details the paper has no contact columns (the rows have none either).
    const columns = canSeeContacts(db) ? asked : withoutContactFields(asked)
    if (refuseTooLong((await customerIdTotal(db, request.source)) ?? 0)) return false
    const outcome = await approval.runJob(() => job.run(async (control) => {
      showJobDialog(job, { title: t('print.preparing'), lines: listProgressLines, testId: 'print' })
      const translate = (key: string, named?: Record<string, unknown>) => t(key, named ?? {})
      const texts = await buildExportTexts(translate, locale.value)
      const format = printFormatters(locale.value, request.figures?.currency ?? texts.currency, texts.flagLabels)
      const { rows, ids } = await listPrintRows(request.source, columns, texts.customerLookups, format, maxPrintedRows, request.figures, control)
      throwIfCancelled(control.signal, 'The printout was cancelled')
      control.onProgress({ phase: 'layout', done: rows.length, total: rows.length })
      const layout = layoutListColumns(columns, (key) => t(fieldLabelKey(key)), rows, canvasMeasure(), request.landscape)
      const stores = await listStores(db)
      const storeName = request.storeName ?? (stores.length === 1 ? stores[0].name : '')
      const title = request.title ?? t('print.list.title')
      const done = await withPrintLayout(
        CustomerListPrint,
        { title, facts: listFacts(request, rows.length, layout.dropped), columns: layout.columns, rows: keptCells(rows, columns, layout.columns) },
        { landscape: layout.landscape, header: header(storeName, title), printedAt: printedAt(), pageTemplate: pageTemplate() },
        async (root) => {
          const pages = countListPages(measureListPrint(root, layout.landscape), layout.landscape)
          if (!(await confirmLength(rows.length, pages, target))) return null
          throwIfCancelled(control.signal, 'The printout was cancelled')
          // From here the printer or the PDF has it: past the point of no return.
          control.onProgress({ phase: target, done: rows.length, total: rows.length, cancellable: false })
          return output(target, { baseName: t('print.fileNames.list') }, layout.landscape)
        }
      )
      if (!done) return false
      await appendAudit(db, {
        action: 'print',
        staffName: texts.staffName,
        customerIds: ids,
        details: {
          what: 'customer-list',
          to: target,
          fields: layout.columns.map((column) => column.key),
          ...(layout.dropped.length ? { leftOut: layout.dropped } : {}),
          ...auditedListDetails(request.audit),
          ...(done.fileName ? { fileName: done.fileName, pages: done.pages } : {})
        }
      })
      return true
    }), 'export-print')
    return told(outcome)
  }

  return { printCustomerCard, printList }
}

/** The column types a list can print (all customer fields). */
export const printableColumnKeys = Object.keys(customerFields) as CustomerFieldKey[]

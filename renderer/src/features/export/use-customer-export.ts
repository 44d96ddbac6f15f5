import { computed, h, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, useMessage } from 'naive-ui'
import { customerFieldKeys, defaultCustomerExportFields, exportFieldsWith, type CustomerFieldKey } from '@shared/export/customer-fields'
import type { ExportFormat } from '@shared/export/export-spec'
import type { AuditedList } from '@shared/audit/audited-list'
import { appDb, customerIdTotal, type CustomerIdSource } from '@renderer/db'
import { callFileWork } from '@renderer/file-work'
import { useJob } from '@renderer/jobs/use-job'
import { useJobDialog } from '@renderer/jobs/use-job-dialog'
import type { ScopedFigures } from './scoped-figures'
import { runCustomerExport, type CustomerExportPlan, type CustomerExportResult, type MainCall } from './customer-export-run'
import { exportProgressLines } from './export-progress-lines'
import { buildExportTexts, fileTypeName } from './export-texts'
import { useExportPreferences, type ExportPreferences } from './export-preferences'
import ExportOptions from './ExportOptions.vue'
import { useApproval } from '../approval/use-approval'

/**
 * A customer export, from the list (bulk action) or a customer card:
 *
 *   const { open, run } = useCustomerExport()          // in a component's setup
 *   open({ source: { ids }, scope: 'selected', visibleColumns, list: { filters, search, segmentId, segment } })
 *     → the options dialog (file type, orders sheet, columns), then the save dialog, progress
 *       with Cancel, a toast with the file name; errors are shown translated.
 *   run({ source: { ids: [id] }, scope: 'customer', includeOrders: true, fields: 'all' })
 *     → straight to the save dialog (e.g. "Export this customer's data", GDPR access request).
 *
 * Both resolve to the result, or null when the user cancelled or it failed (already shown).
 */
export interface CustomerExportRequest {
  source: CustomerIdSource
  scope: CustomerExportPlan['scope']
  /** The exported fields of the list's visible columns (columns.ts printedFields): added after the default ones. */
  visibleColumns?: readonly CustomerFieldKey[]
  /** 'all' for every field (a customer's own data). Default: the last export's choice. */
  fields?: readonly CustomerFieldKey[] | 'all'
  includeOrders?: boolean
  format?: ExportFormat
  /** The list the customers come from, for the audit log (its filters, search and segment, as data). */
  list?: AuditedList
  /** The list's store selection: its figures and currency (scoped-figures.ts). */
  figures?: ScopedFigures
}

const mainCall: MainCall = (channel, input) => callFileWork(channel, input)

export function useCustomerExport() {
  const { t, n, locale } = useI18n()
  const dialog = useDialog()
  const message = useMessage()
  const preferences = useExportPreferences()
  const job = useJob()
  const approval = useApproval()
  const showJobDialog = useJobDialog()
  const running = computed(() => job.running)

  function planFor(request: CustomerExportRequest, choices: { format: ExportFormat; includeOrders: boolean; fields: readonly CustomerFieldKey[] }): CustomerExportPlan {
    return {
      source: request.source,
      fields: choices.fields,
      includeOrders: choices.includeOrders,
      format: choices.format,
      fileKind: request.scope === 'customer' ? 'customer-data' : 'customers',
      scope: request.scope,
      list: request.list,
      figures: request.figures
    }
  }

  async function execute(plan: CustomerExportPlan): Promise<CustomerExportResult | null> {
    // A person without the export right is asked for a manager's approval before the save dialog.
    const outcome = await approval.runJob(
      () =>
        job.run(async (control) => {
          const texts = await buildExportTexts((key, named) => t(key, named ?? {}), locale.value)
          texts.fileTypeName = fileTypeName(plan.format, (key) => t(key))
          return runCustomerExport(plan, texts, mainCall, {
            ...control,
            onStarted: (fileName) => showJobDialog(job, { title: t('export.progress.title', { file: fileName }), lines: exportProgressLines, testId: 'export' })
          })
        }),
      'export-print'
    )
    if (outcome.status === 'cancelled') message.info(t('export.cancelled'))
    if (outcome.status === 'failed') dialog.error({ title: t('export.failed'), content: outcome.message, positiveText: t('export.ok') })
    if (outcome.status !== 'finished' || outcome.value === null) return null
    const result = outcome.value
    message.success(
      result.orders > 0
        ? t('export.doneWithOrders', { file: result.fileName, n: n(result.customers), orders: n(result.orders) })
        : t('export.done', { file: result.fileName, n: n(result.customers) }, result.customers),
      { duration: 8000, closable: true }
    )
    return result
  }

  /** Straight to the save dialog with the given (or last) choices. */
  function run(request: CustomerExportRequest): Promise<CustomerExportResult | null> {
    const fields = request.fields === 'all' ? [...customerFieldKeys] : (request.fields ?? exportFieldsWith(request.visibleColumns ?? [], preferences.value.fields))
    return execute(
      planFor(request, {
        format: request.format ?? preferences.value.format,
        includeOrders: request.includeOrders ?? preferences.value.includeOrders,
        fields
      })
    )
  }

  /** The options dialog first (file type, orders sheet, columns), then the export. */
  async function open(request: CustomerExportRequest): Promise<CustomerExportResult | null> {
    const total = await customerIdTotal(appDb(), request.source)
    const count = total ?? 0
    const whoKey = { all: 'whoAll', filtered: 'whoFiltered', selected: 'whoSelected', customer: 'whoCustomer' }[request.scope]
    const choices = reactive({
      format: request.format ?? preferences.value.format,
      includeOrders: request.includeOrders ?? preferences.value.includeOrders,
      fields: exportFieldsWith(request.visibleColumns ?? [], preferences.value.fields)
    })
    const fieldOrder = exportFieldsWith(choices.fields, [...defaultCustomerExportFields, ...customerFieldKeys.filter((key) => !defaultCustomerExportFields.includes(key))])
    const showError = ref(false)
    return new Promise((resolve) => {
      const options = dialog.create({
        title: t('export.dialog.title'),
        showIcon: false,
        style: { width: '640px' },
        content: () =>
          h(ExportOptions, {
            choices,
            who: t(`export.dialog.${whoKey}`, { n: n(count) }),
            fieldOrder,
            showError: showError.value,
            onChange: (patch: Partial<ExportPreferences>) => Object.assign(choices, patch)
          }),
        positiveText: t('export.dialog.start'),
        negativeText: t('export.dialog.cancel'),
        positiveButtonProps: { 'data-testid': 'export-start' } as never,
        onPositiveClick: () => {
          if (choices.fields.length === 0) {
            showError.value = true
            return false
          }
          preferences.value = { format: choices.format, includeOrders: choices.includeOrders, fields: [...choices.fields] }
          options.destroy()
          void execute(planFor(request, choices)).then(resolve)
          return true
        },
        onNegativeClick: () => resolve(null),
        onClose: () => resolve(null),
        onMaskClick: () => resolve(null)
      })
    })
  }

  return { open, run, running }
}

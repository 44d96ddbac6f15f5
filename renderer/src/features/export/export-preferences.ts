import { useLocalStorage } from '@vueuse/core'
import { customerFieldKeys, defaultCustomerExportFields, type CustomerFieldKey } from '@shared/export/customer-fields'
import type { ExportFormat } from '@shared/export/export-spec'

export interface ExportPreferences {
  format: ExportFormat
  includeOrders: boolean
  /** The columns the user last exported; the defaults until then. */
  fields: CustomerFieldKey[]
}

const defaults: ExportPreferences = { format: 'xlsx', includeOrders: false, fields: [...defaultCustomerExportFields] }

/**
 * The last export's choices on this PC, so the next export is one click. Per PC (localStorage),
 * like the language: it is how this desk works, not data to back up.
 */
export function useExportPreferences() {
  const stored = useLocalStorage<ExportPreferences>('regulars.export.preferences', defaults, { mergeDefaults: true })
  // Keys a newer or older version does not know are dropped.
  stored.value.fields = stored.value.fields.filter((key) => customerFieldKeys.includes(key))
  if (stored.value.fields.length === 0) stored.value.fields = [...defaults.fields]
  return stored
}

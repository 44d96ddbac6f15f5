import type { JobLines } from '@renderer/jobs/job-lines'

/** How an export's progress reads, phase by phase (customer-export-run.ts, customer-data-export.ts). */
export const exportProgressLines: JobLines = {
  customers: 'export.progress.customers',
  customersUncounted: 'export.progress.customersUncounted',
  orders: 'export.progress.orders',
  finishing: 'export.progress.finishing'
}

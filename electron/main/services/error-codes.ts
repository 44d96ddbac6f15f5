import { ipcErrorCodes } from '@shared/errors'
import { backupErrorCodes } from './backup/backup-errors'
import { exportErrorCodes } from './export/export-errors'
import { importErrorNames } from './import/import-error'
import { printErrorCodes } from './print/print-handlers'

/**
 * Every code main answers an error envelope with. The renderer translates each one
 * (`<feature>.errors.<name>`); anything else would reach the user as "unexpected error".
 */
export const mainErrorCodes: readonly string[] = [
  ...Object.values(ipcErrorCodes),
  ...Object.values(exportErrorCodes),
  ...importErrorNames.map((name) => `import.${name}`),
  ...Object.values(printErrorCodes),
  ...Object.values(backupErrorCodes)
]

import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ImportFileSummary } from '@shared/ipc/contract-import'
import type { ImportRow } from '@shared/import/cell'
import type { ColumnTarget } from '@shared/import/fields'
import { guessColumnTargets, type ColumnGuess } from '@shared/import/match-headers'
import { detectDayOrder, type DayOrder } from '@shared/import/parse-date'
import { headerNameOrder } from '@shared/import/name-order'
import type { NameOrder } from '@shared/import/split-name'
import type { ImportDelimiter, ImportEncoding } from '@shared/import/limits'
import { throwIfCancelled } from '@shared/jobs/job'
import { appDb, getDataSettings, analyseImport, listReferralSources, listStores, type ImportAnalysis, type ImportMode, type ImportOutcome, writeImport } from '@renderer/db'
import { otherSourceId } from '@shared/customer-fields/referral'
import type { BuildContext } from '@shared/import/build-customer'
import { referralChoices } from '@renderer/features/customer-fields/field-lookups'
import { callFileWork } from '@renderer/file-work'
import { useJob } from '@renderer/jobs/use-job'
import { useApproval } from '@renderer/features/approval/use-approval'
import { recallMapping, rememberMapping } from './mapping-memory'
import { mainRowSource } from './main-row-source'
import { formatDate } from '@shared/format/dates'
import { ownExportHeaderTargets } from './own-export-headers'

/**
 * The import screen's state and steps: choose a file (main reads it; we poll its progress),
 * map the columns, check every row (preview), write, report. One file at a time; every long
 * step (reading, checking, writing) is a run of the screen's one job, with progress and Cancel.
 */

export type ImportStep = 'start' | 'reading' | 'mapping' | 'checking' | 'preview' | 'writing' | 'done'

export interface ColumnState {
  index: number
  header: string
  samples: string[]
  target: ColumnTarget
  /** For a full-name column: which name it writes first (guessed from the header; the manager can flip it). */
  nameOrder: NameOrder
  guess: ColumnGuess
  /** Where the target came from: the file's header, a remembered mapping, or the user. */
  origin: 'auto' | 'remembered' | 'user'
}

const sampleRows = 200
const pollMs = 120

/** Waits between two polls; Cancel ends the wait at once. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })
}

/** The day order a US PC writes 05/06/1988 in; everyone else writes the day first. */
function defaultDayOrder(): DayOrder {
  return /^en-(US|PH|CA)$|^(es-US)$/i.test(navigator.language) ? 'month-first' : 'day-first'
}

/** A sample cell as the user wrote it: spreadsheet dates (ISO from main) in the UI's date format. */
function sampleText(value: unknown, locale: string): string {
  const text = String(value)
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text)
  if (!match) return text
  const [, year, month, day, hour, minute] = match.map(Number)
  const date = new Date(year, month - 1, day, hour || 0, minute || 0)
  return formatDate(locale, match[4] ? 'shortDateTime' : 'shortDate', date)
}

export function useImportFlow() {
  const db = appDb()
  const { locale } = useI18n()
  const step = ref<ImportStep>('start')
  const error = shallowRef<unknown>(null)
  const file = shallowRef<ImportFileSummary | null>(null)
  const readingName = ref('')
  const job = useJob()
  const approval = useApproval()
  const columns = ref<ColumnState[]>([])
  const samples = shallowRef<ImportRow[]>([])
  const defaultCountry = ref('PL')
  const staffName = ref('')
  const referralSources = shallowRef<BuildContext['referralSources']>()
  const stores = shallowRef<BuildContext['stores']>([])
  const analysis = shallowRef<ImportAnalysis | null>(null)
  const mode = ref<ImportMode>('both')
  const overwrite = ref(false)
  const outcome = shallowRef<ImportOutcome | null>(null)
  const cancelledWrite = ref(false)
  let sessionId: string | null = null
  let dayOrders: DayOrder[] = []

  const mapping = computed<ColumnTarget[]>(() => columns.value.map((column) => column.target))
  const hasIdentity = computed(() => mapping.value.some((target) => target === 'fullName' || target === 'firstName' || target === 'lastName' || target === 'phone' || target === 'email'))

  function reset(): void {
    if (sessionId) void callFileWork('import:close', { sessionId }).catch(() => undefined)
    job.cancel()
    sessionId = null
    file.value = null
    analysis.value = null
    outcome.value = null
    columns.value = []
    error.value = null
    cancelledWrite.value = false
    step.value = 'start'
  }

  async function chooseFile(): Promise<void> {
    reset()
    const [settings, sources, chain] = await Promise.all([getDataSettings(db), listReferralSources(db), listStores(db)])
    defaultCountry.value = settings.defaultPhoneCountry
    staffName.value = settings.staffName
    referralSources.value = { choices: referralChoices(sources), otherId: otherSourceId(sources) }
    stores.value = chain.map((store) => ({ id: store.id!, name: store.name, country: store.country }))
    try {
      const opened = await callFileWork('import:open', {})
      if (!opened.sessionId) return
      sessionId = opened.sessionId
      readingName.value = opened.fileName
      startPolling()
    } catch (caught) {
      error.value = caught
    }
  }

  /** Polls main's reading of the file (progress: rows read, share of the file) until it is ready. */
  function startPolling(): void {
    step.value = 'reading'
    const reading = sessionId!
    void job
      .run(async ({ signal, onProgress }) => {
        for (;;) {
          throwIfCancelled(signal, 'Reading was cancelled')
          const status = await callFileWork('import:status', { sessionId: reading })
          if (status.state !== 'reading') return fileReady(status.file)
          onProgress({ phase: 'reading', done: status.rowsRead, fraction: status.progress })
          await pause(pollMs, signal)
        }
      })
      .then((ended) => {
        if (ended.status !== 'failed') return
        error.value = ended.error
        step.value = file.value ? 'mapping' : 'start'
      })
  }

  async function fileReady(summary: ImportFileSummary): Promise<void> {
    file.value = summary
    samples.value = summary.rowCount > 0 ? (await callFileWork('import:rows', { sessionId: summary.sessionId, from: 0, count: Math.min(sampleRows, summary.rowCount) })).rows : []
    const cells = samples.value.map((row) => row.cells)
    const guesses = guessColumnTargets(summary.headers, cells, ownExportHeaderTargets())
    const remembered = recallMapping(summary.headers)
    columns.value = summary.headers.map((header, index) => ({
      index,
      header,
      samples: [
        ...new Set(
          cells
            .map((row) => row[index])
            .filter((value) => value !== null && value !== '')
            // Only a workbook's date cells arrive as ISO text; a CSV shows exactly what it holds.
            .map((value) => (summary.kind === 'xlsx' ? sampleText(value, locale.value) : String(value)))
        )
      ].slice(0, 3),
      target: remembered?.targets[index] ?? guesses[index].target,
      nameOrder: remembered?.nameOrders?.[index] ?? headerNameOrder(header),
      guess: guesses[index],
      origin: remembered ? 'remembered' : 'auto'
    }))
    dayOrders = summary.headers.map((_, index) => detectDayOrder(cells.map((row) => row[index]), defaultDayOrder()))
    error.value = null
    step.value = 'mapping'
  }

  function setTarget(index: number, target: ColumnTarget): void {
    columns.value = columns.value.map((column) => (column.index === index ? { ...column, target, origin: 'user' } : column))
  }

  function setNameOrder(index: number, nameOrder: NameOrder): void {
    columns.value = columns.value.map((column) => (column.index === index ? { ...column, nameOrder, origin: 'user' } : column))
  }

  /** Reads the file again with another sheet, encoding or separator, or takes another header row. */
  async function reread(choice: { sheet?: string; encoding?: ImportEncoding; delimiter?: ImportDelimiter; headerLine?: number }): Promise<void> {
    if (!sessionId) return
    try {
      const status = await callFileWork('import:reparse', { sessionId, ...choice })
      if (status.state === 'ready') await fileReady(status.file)
      else startPolling()
    } catch (caught) {
      error.value = caught
    }
  }

  function cancelReading(): void {
    reset()
  }

  function settings() {
    return {
      mapping: mapping.value,
      headers: file.value!.headers,
      defaultCountry: defaultCountry.value,
      dayOrders,
      nameOrders: columns.value.map((column) => column.nameOrder),
      stores: stores.value,
      now: Date.now(),
      referralSources: referralSources.value
    }
  }

  async function check(): Promise<void> {
    if (!file.value || !sessionId) return
    rememberMapping(file.value.headers, { targets: mapping.value, nameOrders: columns.value.map((column) => column.nameOrder) })
    step.value = 'checking'
    const source = mainRowSource(sessionId, file.value.rowCount)
    const ended = await job.run((control) => analyseImport(db, source, { ...settings(), ...control }))
    if (ended.status === 'finished') {
      analysis.value = ended.value
      step.value = 'preview'
      return
    }
    if (ended.status === 'failed') error.value = ended.error
    step.value = 'mapping'
  }

  async function write(consentWording: { given: string; withdrawn: string }): Promise<void> {
    if (!file.value || !sessionId) return
    cancelledWrite.value = false
    step.value = 'writing'
    const source = mainRowSource(sessionId, file.value.rowCount)
    const options = { ...settings(), mode: mode.value, overwrite: overwrite.value, fileName: file.value.fileName, staffName: staffName.value, consentWording }
    const ended = await approval.runJob(() => job.run((control) => writeImport(db, source, { ...options, ...control })), 'import')
    if (ended.status === 'finished') {
      outcome.value = ended.value
      step.value = 'done'
      return
    }
    if (ended.status === 'cancelled') cancelledWrite.value = true
    if (ended.status === 'failed') {
      // Unexpected: the screen says it in words; the console keeps the cause for support.
      const inner = (ended.error as { inner?: unknown })?.inner
      console.error(`Import failed; nothing was saved: ${String(ended.error)}${inner ? ` (${String(inner)})` : ''}`)
      error.value = ended.error
    }
    step.value = 'preview'
  }

  function cancel(): void {
    job.cancel()
  }

  return {
    step,
    error,
    file,
    readingName,
    job,
    columns,
    defaultCountry,
    analysis,
    mode,
    overwrite,
    outcome,
    cancelledWrite,
    mapping,
    hasIdentity,
    chooseFile,
    cancelReading,
    reread,
    setTarget,
    setNameOrder,
    check,
    write,
    cancel,
    reset,
    backToMapping: () => (step.value = 'mapping'),
    sessionId: () => sessionId,
    buildSettings: settings
  }
}

export type ImportFlow = ReturnType<typeof useImportFlow>

import { computed, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ImportFileSummary } from '@shared/ipc/contract-import'
import type { ImportRow } from '@shared/import/cell'
import type { ColumnTarget } from '@shared/import/fields'
import { guessColumnTargets, type ColumnGuess } from '@shared/import/match-headers'
import { detectDayOrder, type DayOrder } from '@shared/import/parse-date'
import type { ImportDelimiter, ImportEncoding } from '@shared/import/limits'
import { appDb, getDataSettings, analyseImport, listReferralSources, type ImportAnalysis, type ImportMode, type ImportOutcome, writeImport } from '@renderer/db'
import { otherSourceId } from '@shared/customer-fields/referral'
import type { BuildContext } from '@shared/import/build-customer'
import { referralChoices } from '@renderer/features/customer-fields/field-lookups'
import { callMain } from '@renderer/ipc'
import { recallMapping, rememberMapping } from './mapping-memory'
import { mainRowSource } from './main-row-source'

/**
 * The import screen's state and steps: choose a file (main reads it; we poll its progress),
 * map the columns, check every row (preview), write, report. One file at a time; every long
 * step has progress and Cancel.
 */

export type ImportStep = 'start' | 'reading' | 'mapping' | 'checking' | 'preview' | 'writing' | 'done'

export interface ColumnState {
  index: number
  header: string
  samples: string[]
  target: ColumnTarget
  guess: ColumnGuess
  /** Where the target came from: the file's header, a remembered mapping, or the user. */
  origin: 'auto' | 'remembered' | 'user'
}

const sampleRows = 200
const pollMs = 120

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
  return new Intl.DateTimeFormat(locale, match[4] ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'short' }).format(date)
}

export function useImportFlow() {
  const db = appDb()
  const { locale } = useI18n()
  const step = ref<ImportStep>('start')
  const error = shallowRef<unknown>(null)
  const file = shallowRef<ImportFileSummary | null>(null)
  const readingName = ref('')
  const progress = reactive({ fraction: 0, rows: 0, done: 0, total: 0 })
  const columns = ref<ColumnState[]>([])
  const samples = shallowRef<ImportRow[]>([])
  const defaultCountry = ref('PL')
  const staffName = ref('')
  const referralSources = shallowRef<BuildContext['referralSources']>()
  const analysis = shallowRef<ImportAnalysis | null>(null)
  const mode = ref<ImportMode>('both')
  const overwrite = ref(false)
  const outcome = shallowRef<ImportOutcome | null>(null)
  const cancelledWrite = ref(false)
  let controller: AbortController | null = null
  let sessionId: string | null = null
  let pollTimer: ReturnType<typeof setTimeout> | null = null
  let dayOrders: DayOrder[] = []

  const mapping = computed<ColumnTarget[]>(() => columns.value.map((column) => column.target))
  const hasIdentity = computed(() => mapping.value.some((target) => target === 'fullName' || target === 'firstName' || target === 'lastName' || target === 'phone' || target === 'email'))

  function reset(): void {
    if (sessionId) void callMain('import:close', { sessionId }).catch(() => undefined)
    if (pollTimer) clearTimeout(pollTimer)
    controller?.abort()
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
    const [settings, sources] = await Promise.all([getDataSettings(db), listReferralSources(db)])
    defaultCountry.value = settings.defaultPhoneCountry
    staffName.value = settings.staffName
    referralSources.value = { choices: referralChoices(sources), otherId: otherSourceId(sources) }
    try {
      const opened = await callMain('import:open', {})
      if (!opened.sessionId) return
      sessionId = opened.sessionId
      readingName.value = opened.fileName
      startPolling()
    } catch (caught) {
      error.value = caught
    }
  }

  function startPolling(): void {
    step.value = 'reading'
    progress.fraction = 0
    progress.rows = 0
    const poll = async () => {
      if (!sessionId) return
      try {
        const status = await callMain('import:status', { sessionId })
        if (status.state === 'reading') {
          progress.fraction = status.progress
          progress.rows = status.rowsRead
          pollTimer = setTimeout(poll, pollMs)
          return
        }
        await fileReady(status.file)
      } catch (caught) {
        error.value = caught
        step.value = file.value ? 'mapping' : 'start'
      }
    }
    void poll()
  }

  async function fileReady(summary: ImportFileSummary): Promise<void> {
    file.value = summary
    samples.value = summary.rowCount > 0 ? (await callMain('import:rows', { sessionId: summary.sessionId, from: 0, count: Math.min(sampleRows, summary.rowCount) })).rows : []
    const cells = samples.value.map((row) => row.cells)
    const guesses = guessColumnTargets(summary.headers, cells)
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
      target: remembered?.[index] ?? guesses[index].target,
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

  /** Reads the file again with another sheet, encoding or separator, or takes another header row. */
  async function reread(choice: { sheet?: string; encoding?: ImportEncoding; delimiter?: ImportDelimiter; headerLine?: number }): Promise<void> {
    if (!sessionId) return
    try {
      const status = await callMain('import:reparse', { sessionId, ...choice })
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
    return { mapping: mapping.value, headers: file.value!.headers, defaultCountry: defaultCountry.value, dayOrders, now: Date.now(), referralSources: referralSources.value }
  }

  async function check(): Promise<void> {
    if (!file.value || !sessionId) return
    rememberMapping(file.value.headers, mapping.value)
    controller = new AbortController()
    step.value = 'checking'
    progress.done = 0
    progress.total = file.value.rowCount
    try {
      analysis.value = await analyseImport(db, mainRowSource(sessionId, file.value.rowCount), {
        ...settings(),
        signal: controller.signal,
        onProgress: (done, total) => Object.assign(progress, { done, total })
      })
      step.value = 'preview'
    } catch (caught) {
      if (!controller.signal.aborted) error.value = caught
      step.value = 'mapping'
    }
  }

  async function write(consentWording: string): Promise<void> {
    if (!file.value || !sessionId) return
    controller = new AbortController()
    cancelledWrite.value = false
    step.value = 'writing'
    progress.done = 0
    progress.total = file.value.rowCount
    try {
      outcome.value = await writeImport(db, mainRowSource(sessionId, file.value.rowCount), {
        ...settings(),
        mode: mode.value,
        overwrite: overwrite.value,
        fileName: file.value.fileName,
        staffName: staffName.value,
        consentWording,
        signal: controller.signal,
        onProgress: (done, total) => Object.assign(progress, { done, total })
      })
      step.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) cancelledWrite.value = true
      else {
        // Unexpected: the screen says it in words; the console keeps the cause for support.
        const inner = (caught as { inner?: unknown })?.inner
        console.error(`Import failed; nothing was saved: ${String(caught)}${inner ? ` (${String(inner)})` : ''}`)
        error.value = caught
      }
      step.value = 'preview'
    }
  }

  function cancel(): void {
    controller?.abort()
  }

  return {
    step,
    error,
    file,
    readingName,
    progress,
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

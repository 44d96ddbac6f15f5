import * as v from 'valibot'
import { channel } from './channel'

export interface AppInfo {
  name: string
  version: string
  dataDir: string
  locale: string
  platform: string
}

const fileFilter = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(100)),
  extensions: v.pipe(v.array(v.pipe(v.string(), v.maxLength(10), v.regex(/^[a-z0-9*]{1,10}$/i))), v.maxLength(20))
})

export const savePathInput = v.strictObject({
  defaultName: v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[^\\/:*?"<>|\0]+$/)),
  filters: v.optional(v.pipe(v.array(fileFilter), v.maxLength(10)))
})

export interface SavePathAnswer {
  /** What the user chose, for showing; null when the dialog was cancelled. */
  path: string | null
}

/** What the page is asked to do before the app closes. */
export interface QuitRequest {
  /** Make the automatic backup (a password is remembered). */
  backup: boolean
}

/**
 * The app itself and the dialogs every feature shares.
 *
 * `app:wait-for-quit` is the one call main answers late: the page makes it at start and main
 * answers it only when the app is about to close (the window's close button, Quit), holding
 * the close until the page calls `app:quit-ready` — after its automatic backup and any pending
 * removal of erased data — or until a time limit. Main thus asks the page for work without a
 * channel that pushes from main: every call stays a request and its answer.
 */
export const appChannels = {
  'app:info': channel<AppInfo>()(v.optional(v.strictObject({}))),
  'app:wait-for-quit': channel<QuitRequest>()(v.optional(v.strictObject({}))),
  'app:quit-ready': channel<{ closing: boolean }>()(v.optional(v.strictObject({}))),
  'dialog:save-path': channel<SavePathAnswer>()(savePathInput)
}

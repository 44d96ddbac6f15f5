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

/** The app itself and the dialogs every feature shares. */
export const appChannels = {
  'app:info': channel<AppInfo>()(v.optional(v.strictObject({}))),
  'dialog:save-path': channel<SavePathAnswer>()(savePathInput)
}

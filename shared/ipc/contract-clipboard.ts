import * as v from 'valibot'
import { channel } from './channel'

/**
 * The system clipboard, written by main: the window's own clipboard API needs a permission
 * the app denies to every page (electron/main/index.ts), and main's is not a web permission.
 * A message list's numbers or addresses, one a line: 100 000 addresses of 80 characters.
 */
export const clipboardChannels = {
  'clipboard:write-text': channel<{ written: number }>()(v.strictObject({ text: v.pipe(v.string(), v.maxLength(8_000_000)) }))
}

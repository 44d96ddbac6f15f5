import { callMain } from '@renderer/ipc'

/**
 * Prints the owner's recovery code sheet, which holds no customer data: it is printed at the
 * set-up and after a PIN reset on the lock screen, when nobody may be signed in yet, so it
 * needs no right. The page shows only that sheet to the printer (print.css).
 */
export async function printOwnSheet(): Promise<boolean> {
  return (await callMain('print:printer', { landscape: false })).printed
}

/**
 * Puts text on the clipboard. The app's window grants no permissions (electron/main), which
 * may refuse the asynchronous clipboard: then a selected hidden box and the copy command.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const box = document.createElement('textarea')
    box.value = text
    box.setAttribute('readonly', '')
    box.style.position = 'fixed'
    box.style.opacity = '0'
    document.body.appendChild(box)
    box.select()
    try {
      return document.execCommand('copy')
    } finally {
      box.remove()
    }
  }
}

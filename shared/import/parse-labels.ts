/**
 * Category and group names from a cell, as other systems write a customer's tags: Google
 * Contacts' labels "* myContacts ::: * starred ::: VIP", Mailchimp's tags "\"VIP\",\"Newsletter\"",
 * Outlook's categories "VIP;Stała klientka", a hand-made "VIP, stała". Each name loses the
 * quote marks around it; a contacts service's own system labels ("* myContacts", "* starred")
 * are not the salon's categories and are left out.
 */

const separators = /\s*:::\s*|[;|\n]+/

/** Quote marks a name may stand between, opening → closing. */
const quotePairs: Record<string, string> = { '"': '"', "'": "'", '„': '”', '“': '”', '”': '”', '«': '»', '»': '«', '‚': '’', '‘': '’' }

/** Splits at commas outside quote marks ("Kolor, farba" in quotes stays one name). */
function splitCommas(text: string): string[] {
  const parts: string[] = []
  let current = ''
  let closing: string | null = null
  for (const char of text) {
    if (closing !== null) {
      if (char === closing) closing = null
    } else if (char === ',') {
      parts.push(current)
      current = ''
      continue
    } else if (current.trim() === '' && quotePairs[char]) {
      closing = quotePairs[char]
    }
    current += char
  }
  parts.push(current)
  return parts
}

function unquoted(name: string): string {
  let text = name.trim()
  while (text.length >= 2 && quotePairs[text[0]] === text[text.length - 1]) text = text.slice(1, -1).trim()
  return text
}

/** Google Contacts marks its own labels with "* " ("* myContacts", "* starred"); older exports wrote "System Group: …". */
function isSystemLabel(name: string): boolean {
  return name.startsWith('* ') || /^system group:/i.test(name)
}

export function parseLabels(text: string): string[] {
  const names = text
    .split(separators)
    .flatMap(splitCommas)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !isSystemLabel(part))
    .map(unquoted)
    .filter((name) => name !== '')
  return [...new Set(names)]
}

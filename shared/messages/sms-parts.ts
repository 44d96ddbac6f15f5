/**
 * How many SMS a text costs. Phones send text in GSM-7 (7-bit, GSM 03.38) when every letter
 * is in its alphabet: 160 per message, 153 per part when it has to be split (the rest of each
 * part carries the header that joins them). One letter outside it — Polish "ą", Czech "ř",
 * any Cyrillic — switches the whole message to UCS-2: 70, or 67 per part. The manager sees
 * which letter did it, because replacing one "ł" can halve the bill.
 */

// GSM 03.38 basic set (the escape code apart), as the 128 code points a phone sends as one septet each.
const basicSet = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
)
// The extension table: an escape septet and the letter, two septets each.
const extensionSet = new Set('^{}\\[~]|€\f')

export type SmsEncoding = 'gsm7' | 'ucs2'

export interface SmsLength {
  encoding: SmsEncoding
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number
  /** Messages it is sent as; 0 for an empty text. */
  parts: number
  /** What one message holds in this encoding when the text is split (153 or 67), or whole (160 or 70). */
  perPart: number
  /** Units left in the last part before one more is needed. */
  leftInPart: number
  /** The first letter outside GSM-7 (a whole code point: an emoji stays one), when UCS-2. */
  forcedBy?: string
}

const limits = {
  gsm7: { single: 160, multi: 153 },
  ucs2: { single: 70, multi: 67 }
} as const

function gsmSeptets(text: string): { septets: number } | { forcedBy: string } {
  let septets = 0
  for (const letter of text) {
    if (basicSet.has(letter)) septets += 1
    else if (extensionSet.has(letter)) septets += 2
    else return { forcedBy: letter }
  }
  return { septets }
}

export function smsLength(text: string): SmsLength {
  const gsm = gsmSeptets(text)
  const encoding: SmsEncoding = 'septets' in gsm ? 'gsm7' : 'ucs2'
  // UCS-2 counts UTF-16 units: a letter beyond the basic plane (most emoji) takes two.
  const units = 'septets' in gsm ? gsm.septets : text.length
  const limit = limits[encoding]
  const parts = units === 0 ? 0 : units <= limit.single ? 1 : Math.ceil(units / limit.multi)
  const perPart = parts > 1 ? limit.multi : limit.single
  const leftInPart = parts === 0 ? limit.single : parts * perPart - units
  return { encoding, units, parts, perPart, leftInPart, ...('forcedBy' in gsm ? { forcedBy: gsm.forcedBy } : {}) }
}

/**
 * One "Name" column into first and last name, the way a person reading the list would:
 * "Anna Kowalska" → Anna / Kowalska; "Kowalska, Anna" → Anna / Kowalska; "Anna Maria
 * Kowalska" → Anna Maria / Kowalska; "Jean de la Fontaine" → Jean / de la Fontaine;
 * "DUPONT Marie" (the French habit of writing the surname in capitals) → Marie / DUPONT;
 * "Шевченко Олена Петрівна" (surname, name, patronymic) → Олена Петрівна / Шевченко.
 * A column whose header puts the surname first ("Nazwisko i imię", name-order.ts) is read
 * that way: "Kowalska Anna Maria" → Anna Maria / Kowalska, "van der Berg Jan" → Jan / van der Berg.
 * A single word is a first name. No word is ever lost: first + last hold every word.
 */

export interface SplitName {
  firstName: string
  lastName: string
}

/** Which name a full-name column writes first. */
export type NameOrder = 'first-name-first' | 'surname-first'

/** Words that start a surname: "van der Berg", "de la Fontaine", "da Silva", "von Trapp". */
const particles = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'st', 'st.'])

/** East-Slavic patronymics: -ович/-евич/-ич, -івна/-ївна/-овна/-евна/-ична. */
const patronymic = /(ович|евич|євич|ич|івна|ївна|овна|евна|ична|інична)$/i

function isAllCaps(word: string): boolean {
  return /\p{L}{2,}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase()
}

export function splitFullName(text: string, order: NameOrder = 'first-name-first'): SplitName {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean) return { firstName: '', lastName: '' }

  const comma = clean.indexOf(',')
  if (comma > 0) {
    const last = clean.slice(0, comma).trim()
    const first = clean.slice(comma + 1).trim()
    if (first && last) return { firstName: first, lastName: last }
  }

  const words = clean.split(' ')
  if (words.length === 1) return { firstName: words[0], lastName: '' }

  const capitals = words.filter(isAllCaps)
  if (capitals.length > 0 && capitals.length < words.length && words.some((word) => !isAllCaps(word))) {
    // Surname written in capitals (possibly several words, e.g. "DE LA FONTAINE Jean").
    return { firstName: words.filter((word) => !isAllCaps(word)).join(' '), lastName: capitals.join(' ') }
  }

  if (words.length === 3 && patronymic.test(words[2]) && /\p{Script=Cyrillic}/u.test(clean)) {
    return { firstName: `${words[1]} ${words[2]}`, lastName: words[0] }
  }

  if (order === 'surname-first') {
    // The surname is the first word, with the particles before it ("van der Berg Jan").
    let end = 0
    while (end < words.length - 2 && particles.has(words[end].toLowerCase())) end++
    return { firstName: words.slice(end + 1).join(' '), lastName: words.slice(0, end + 1).join(' ') }
  }

  // The surname starts at the first particle after the first word, else it is the last word.
  const particleAt = words.findIndex((word, index) => index > 0 && index < words.length - 1 && particles.has(word.toLowerCase()))
  const lastStart = particleAt > 0 ? particleAt : words.length - 1
  return { firstName: words.slice(0, lastStart).join(' '), lastName: words.slice(lastStart).join(' ') }
}

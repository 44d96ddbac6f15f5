/**
 * Cyrillic ↔ Latin for finding names typed in the other script (PRODUCT.md F7).
 *
 * Cyrillic → Latin gives every reading a desk is likely to type: the Ukrainian official
 * system (KMU 2010: Андрій → andrii, Ольга → olha), the popular Ukrainian spelling
 * (Andriy, Yuliya) and the Bulgarian streamlined system (Ольга → olga, Христо → hristo).
 * The forms go into the customer's tokens, so "olha", "olga" and "ольга" all find Ольга.
 *
 * Latin → Cyrillic gives one form, for names written in Latin that Ukrainian or Bulgarian
 * staff type in Cyrillic (Kowalski → ковалски, Dvořák → дворжак). Only spellings with a
 * clear reading are mapped; "ch" is read as х (Polish/Czech/German "Chmiel", "Chalupa"),
 * which is what names from this product's countries mean by it.
 */

type System = Record<string, string>

const bulgarian: System = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sht', ъ: 'a', ь: '', ю: 'yu', я: 'ya', ё: 'yo', ы: 'y', э: 'e', є: 'ye', ї: 'yi', і: 'i', ґ: 'g'
}

const ukrainianCommon: System = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'y', і: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ъ: '', ё: 'yo', ы: 'y', э: 'e'
}

/** KMU 2010: є ї й ю я are ye yi y yu ya at the start of a word, ie i i iu ia elsewhere. */
const ukrainianOfficialInitial: System = { ...ukrainianCommon, є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' }
const ukrainianOfficialInner: System = { ...ukrainianCommon, є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' }
/** How many Ukrainians write their names in Latin: the initial forms everywhere. */
const ukrainianPopular: System = ukrainianOfficialInitial

function apply(word: string, initial: System, inner: System): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!
    // KMU: "зг" is "zgh" so it is not read as "zh".
    if (letter === 'г' && word[i - 1] === 'з' && inner === ukrainianOfficialInner) {
      out += 'gh'
      continue
    }
    const table = i === 0 ? initial : inner
    out += table[letter] ?? letter
  }
  return out
}

/** Latin readings of one lower-case Cyrillic word (distinct, in a stable order). */
export function cyrillicToLatin(word: string): string[] {
  const forms = new Set<string>([
    apply(word, ukrainianOfficialInitial, ukrainianOfficialInner),
    apply(word, ukrainianPopular, ukrainianPopular),
    apply(word, bulgarian, bulgarian)
  ])
  return [...forms]
}

/** Longest first, so "szcz" wins over "sz" and "cz". */
const latinSequences: [string, string][] = [
  ['szcz', 'щ'], ['shch', 'щ'], ['sch', 'ш'], ['sz', 'ш'], ['cz', 'ч'], ['ch', 'х'], ['sh', 'ш'],
  ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['rz', 'ж'], ['ya', 'я'], ['ja', 'я'], ['yu', 'ю'], ['ju', 'ю'],
  ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'],
  ['i', 'и'], ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'в'], ['x', 'кс'],
  ['y', 'и'], ['z', 'з'],
  // Letters whose diacritic changes the sound (folding would lose it).
  ['č', 'ч'], ['ć', 'ч'], ['š', 'ш'], ['ś', 'с'], ['ž', 'ж'], ['ż', 'ж'], ['ź', 'з'], ['ř', 'рж'], ['ł', 'л']
]

/** Letters whose diacritic changes the sound; other accented letters read as the plain one. */
const soundChanging = new Set(['č', 'ć', 'š', 'ś', 'ž', 'ż', 'ź', 'ř', 'ł'])

/**
 * One Cyrillic reading of a lower-case Latin word, or null when it holds letters with no
 * clear Cyrillic counterpart. Diacritics that do not change the letter (á, é, ó, ę, ą…) are
 * read as the plain letter.
 */
export function latinToCyrillic(word: string): string | null {
  const plain = [...word.normalize('NFC')].map((letter) => (soundChanging.has(letter) ? letter : letter.normalize('NFD')[0]!)).join('')
  let out = ''
  let i = 0
  outer: while (i < plain.length) {
    for (const [latin, cyrillic] of latinSequences) {
      if (plain.startsWith(latin, i)) {
        out += cyrillic
        i += latin.length
        continue outer
      }
    }
    const letter = plain[i]!
    if (/\d/.test(letter)) out += letter
    else return null
    i++
  }
  return out
}

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { guessEncoding, guessLegacyEncoding, isValidUtf8, looksBinary } from './text-encoding'

/** Encodes text in a single-byte Windows code page (the reverse of Node's decoder). */
function encodeLegacy(text: string, encoding: string): Uint8Array {
  const table = new Map<string, number>()
  const decoded = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, byte) => byte))
  for (let byte = 255; byte >= 0; byte--) table.set(decoded[byte], byte)
  return Uint8Array.from([...text].map((char) => {
    const byte = table.get(char)
    if (byte === undefined) throw new Error(`${char} is not in ${encoding}`)
    return byte
  }))
}

const samples = {
  'windows-1250': [
    'Imię;Nazwisko;Miejscowość\r\nŁucja;Żółkiewska;Łódź\r\nGrzegorz;Brzęczyszczykiewicz;Chrząszczyżewoszyce\r\n',
    'Jméno;Příjmení;Město\r\nJiří;Dvořák;Plzeň\r\nRůžena;Čermáková;České Budějovice\r\n',
    'Meno;Priezvisko\r\nĽubomír;Šťastný\r\n'
  ],
  'windows-1252': [
    'Prénom;Nom;Ville\r\nFrançois;Lefèvre;Besançon\r\nHélène;Dubois;Orléans\r\nChloé;Gâteau;Nîmes\r\n',
    'Name;Stadt\r\nJürgen;München\r\nMüller;Köln\r\n',
    'Nombre;Ciudad\r\nJosé;Logroño\r\nAnaïs;Île\r\n'
  ],
  'windows-1251': [
    "Ім'я;Прізвище;Місто\r\nОлена;Шевченко;Київ\r\nЄвген;Ґонта;Львів\r\n",
    'Име;Фамилия;Град\r\nИван;Петров;София\r\nМария;Георгиева;Пловдив\r\n'
  ]
} as const

describe('guessing the encoding of a CSV', () => {
  for (const [encoding, texts] of Object.entries(samples)) {
    for (const text of texts) {
      it(`${encoding}: ${text.split('\r\n')[1]}`, () => {
        const bytes = encodeLegacy(text, encoding)
        expect(guessEncoding(bytes, true)).toEqual({ encoding, bomLength: 0, certain: false })
      })
    }
  }

  it('trusts a byte-order mark, and valid UTF-8', () => {
    expect(guessEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), true)).toEqual({ encoding: 'utf-8', bomLength: 3, certain: true })
    expect(guessEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]), true)).toEqual({ encoding: 'utf-16le', bomLength: 2, certain: true })
    expect(guessEncoding(new TextEncoder().encode('Łucja;Żółć\r\n'), true)).toEqual({ encoding: 'utf-8', bomLength: 0, certain: true })
    expect(guessEncoding(new Uint8Array([0x41, 0, 0x42, 0, 0x3b, 0, 0x43, 0, 0x0d, 0, 0x0a, 0]), true).encoding).toBe('utf-16le')
  })

  it('accepts a sample cut in the middle of a UTF-8 character', () => {
    const bytes = new TextEncoder().encode('Żółć')
    expect(isValidUtf8(bytes.subarray(0, bytes.length - 1), true)).toBe(true)
    expect(isValidUtf8(bytes.subarray(0, bytes.length - 1), false)).toBe(false)
  })

  it('property: Polish, Czech, French and Cyrillic names in their code page are recognised', () => {
    const alphabets = {
      'windows-1250': 'aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘŁŃÓŚŹŻčďěňřšťůýáéíúžČĎĚŇŘŠŤŮÝÁÉÍÚŽ',
      'windows-1252': 'abcdeéèêàâçôîûùëïüöäßñáíóúÉÈÀÇ',
      'windows-1251': 'абвгдежзийклмнопрстуфхцчшщъьюяєіїґАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЮЯЄІЇҐ'
    }
    for (const [encoding, alphabet] of Object.entries(alphabets)) {
      const letters = [...alphabet]
      const accented = letters.filter((letter) => letter.charCodeAt(0) > 127)
      // Names of 4–10 letters, each with at least two non-ASCII letters, as real names in these languages have.
      const name = fc
        .tuple(fc.array(fc.constantFrom(...letters), { minLength: 2, maxLength: 8 }), fc.array(fc.constantFrom(...accented), { minLength: 2, maxLength: 2 }))
        .map(([plain, marked]) => [...plain.slice(0, 1), ...marked, ...plain.slice(1)].join(''))
      fc.assert(
        fc.property(fc.array(fc.tuple(name, name), { minLength: 3, maxLength: 20 }), (rows) => {
          const text = rows.map(([first, last]) => `${first};${last}`).join('\r\n')
          return guessLegacyEncoding(encodeLegacy(text, encoding)) === encoding
        }),
        { numRuns: 150 }
      )
    }
  })
})

describe('telling text from binary', () => {
  it('accepts text with tabs and line breaks, refuses control characters', () => {
    expect(looksBinary('a\tb\r\nc;d\n')).toBe(false)
    expect(looksBinary('PK\u0003\u0004\u0014\u0000\u0006\u0000' + 'x'.repeat(100))).toBe(true)
    expect(looksBinary('')).toBe(false)
  })
})

import { cellText, type ImportCell } from './cell'
import { multiColumnFields, type ColumnTarget, type ImportField } from './fields'
import { headerSynonyms, type HeaderTarget } from './header-synonyms'
import { foldHeader, headerWords } from './header-words'

/**
 * Guesses which customer field each column of a file holds, from its header (and, where the
 * header says nothing, from its values). The guess is only a proposal: the mapping screen
 * shows it and the user changes what is wrong.
 */

export type MatchConfidence = 'exact' | 'likely' | 'none'

export interface HeaderMatch {
  target: ColumnTarget
  confidence: MatchConfidence
  /** The column holds a figure Regulars derives from visits (spend, visit count): not imported. */
  calculated: boolean
  /** 0–1: how much of the header the matching phrase covers. */
  score: number
}

export interface ColumnGuess extends HeaderMatch {
  /**
   * Why the column ended up ignored although it was recognised, for the screen to say: a figure
   * Regulars counts, a field another column fills, a full name beside its parts, or a known
   * column that is no customer field (an id, Google's "Phone 1 - Label").
   */
  note?: 'calculated' | 'duplicate-field' | 'split-name-preferred' | 'not-a-field'
}

interface Phrase {
  target: HeaderTarget
  words: string[]
  priority: number
}

const phrases: Phrase[] = Object.entries(headerSynonyms).flatMap(([target, list], priority) =>
  list.map((text) => ({ target: target as HeaderTarget, words: headerWords(text), priority })).filter((phrase) => phrase.words.length > 0)
)

/** 1 for the same word, 0.8 for an inflected form ("telefonu" of "telefon", "emailová" of "email"). */
function wordScore(word: string, phraseWord: string): number {
  if (word === phraseWord) return 1
  if (phraseWord.length >= 4 && word.startsWith(phraseWord) && word.length - phraseWord.length <= 3) return 0.8
  return 0
}

/** How well a phrase covers a header: its words found in a row, as a share of the header's words. */
function phraseScore(header: string[], phrase: string[]): number {
  let best = 0
  for (let start = 0; start + phrase.length <= header.length; start++) {
    let sum = 0
    for (let i = 0; i < phrase.length; i++) {
      const score = wordScore(header[start + i], phrase[i])
      if (score === 0) {
        sum = 0
        break
      }
      sum += score
    }
    best = Math.max(best, sum / header.length)
  }
  return best
}

const noMatch: HeaderMatch = { target: 'ignore', confidence: 'none', calculated: false, score: 0 }

/** The field one header names, on its own (no look at the other columns). */
export function matchHeader(header: string): HeaderMatch {
  const words = headerWords(header)
  if (words.length === 0) return noMatch
  let best: { phrase: Phrase; score: number } | null = null
  for (const phrase of phrases) {
    const score = phraseScore(words, phrase.words)
    if (score === 0) continue
    const better =
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 &&
        (phrase.words.length > best.phrase.words.length || (phrase.words.length === best.phrase.words.length && phrase.priority < best.phrase.priority)))
    if (better) best = { phrase, score }
  }
  if (!best || best.score < 0.25) return noMatch
  const { target } = best.phrase
  const confidence: MatchConfidence = best.score >= 0.999 ? 'exact' : 'likely'
  if (target === 'calculated') return { target: 'ignore', confidence, calculated: true, score: best.score }
  return { target, confidence, calculated: false, score: best.score }
}

const emailLike = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const phoneLike = /^\+?[\d\s()./-]{7,20}$/

/** For a column whose header says nothing: does it hold e-mails or phone numbers? */
function guessFromValues(values: ImportCell[]): ImportField | null {
  const texts = values.map((value) => cellText(value)).filter((text) => text !== '')
  if (texts.length < 3) return null
  const share = (test: (text: string) => boolean) => texts.filter(test).length / texts.length
  if (share((text) => emailLike.test(text)) >= 0.8) return 'email'
  if (share((text) => phoneLike.test(text) && text.replace(/\D/g, '').length >= 7) >= 0.8) return 'phone'
  return null
}

/** Share of non-empty values with at least two words: a "first name" column holding "Anna Nowak". */
function twoWordShare(values: ImportCell[]): number {
  const texts = values.map((value) => cellText(value)).filter((text) => text !== '')
  if (texts.length === 0) return 0
  return texts.filter((text) => /\S\s+\S/.test(text)).length / texts.length
}

/**
 * Proposes a target for every column. `samples` are the first data rows (optional): they
 * settle columns whose header says nothing, and tell a "Name"-only column from a first-name one.
 *
 * Rules on top of the per-header match: a single-value field goes to its best column only
 * (the others are ignored, with a note); with separate first- and last-name columns a
 * full-name column is ignored; a lone first- or last-name column whose values are mostly
 * two words is read as the full name.
 */
export function guessColumnTargets(
  headers: readonly string[],
  samples: readonly (readonly ImportCell[])[] = [],
  /** Headers known exactly (folded) → what they fill: Regulars' own export (own-export-headers.ts). */
  known: ReadonlyMap<string, HeaderTarget> = new Map()
): ColumnGuess[] {
  const columnValues = (index: number) => samples.map((row) => row[index] ?? null)
  const guesses: ColumnGuess[] = headers.map((header, index) => {
    const own = known.get(foldHeader(header))
    const match: HeaderMatch = own
      ? { target: own === 'calculated' ? 'ignore' : own, confidence: 'exact', calculated: own === 'calculated', score: 1 }
      : matchHeader(header)
    if (match.calculated) return { ...match, note: 'calculated' }
    if (match.target === 'ignore' && match.confidence !== 'none') return { ...match, note: 'not-a-field' }
    if (match.confidence !== 'none') return match
    const byValue = guessFromValues(columnValues(index))
    return byValue ? { target: byValue, confidence: 'likely', calculated: false, score: 0.5 } : match
  })

  const columnsOf = (field: ImportField) => guesses.flatMap((guess, index) => (guess.target === field ? [index] : []))
  const hasFirst = columnsOf('firstName').length > 0
  const hasLast = columnsOf('lastName').length > 0
  if (hasFirst && hasLast) {
    for (const index of columnsOf('fullName')) guesses[index] = { ...guesses[index], target: 'ignore', note: 'split-name-preferred' }
  } else if ((hasFirst || hasLast) && columnsOf('fullName').length === 0) {
    const [index] = hasFirst ? columnsOf('firstName') : columnsOf('lastName')
    if (samples.length > 0 && twoWordShare(columnValues(index)) >= 0.5) guesses[index] = { ...guesses[index], target: 'fullName' }
  }

  for (const guess of new Set(guesses.map((g) => g.target))) {
    if (guess === 'ignore' || multiColumnFields.has(guess)) continue
    const columns = columnsOf(guess)
    if (columns.length < 2) continue
    const keep = columns.reduce((best, index) => (guesses[index].score > guesses[best].score ? index : best), columns[0])
    for (const index of columns) if (index !== keep) guesses[index] = { ...guesses[index], target: 'ignore', note: 'duplicate-field' }
  }
  return guesses
}

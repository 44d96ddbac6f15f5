import { cellText, isEmptyCell, type ImportRow } from './cell'
import { foldHeader } from './header-words'
import type { BuiltRow } from './build-customer'

/**
 * A line under a hand-made list that sums it up is not a customer: "Razem: 25", a count of the
 * names above in the name column, a share of consents in percent. It is told by what it holds
 * (never by a phone or e-mail: a row with one is a customer):
 * - a total word in any of the six languages or English ("Razem", "Celkem", "Всього",
 *   "Общо", "Total", "Somme") beside nothing but figures;
 * - a formula that sums up the rows above it (.xlsx keeps it beside its result);
 * - nothing but figures (counts, sums, percentages) where the name should be.
 */

export type SummaryEvidence = { kind: 'total-word' | 'formula' | 'figures'; /** What gave it away, for the reason shown. */ quote: string }

const totalWords = new Set([
  'total', 'totals', 'grand total', 'subtotal', 'sub total', 'sum', 'summary', 'count', 'overall', 'in total',
  'razem', 'suma', 'łącznie', 'ogółem', 'podsumowanie', 'liczba', 'w sumie', 'suma końcowa',
  'celkem', 'součet', 'suma', 'počet', 'dohromady', 'souhrn', 'spolu', 'súčet',
  'всього', 'усього', 'разом', 'підсумок', 'сума', 'кількість', 'загалом',
  'somme', 'sous total', 'total général', 'nombre', 'ensemble',
  'общо', 'сума', 'всичко', 'брой', 'сбор', 'итого',
  'итого', 'всего', 'сумма', 'количество'
].map(foldHeader))

function startsWithTotalWord(text: string): boolean {
  const folded = foldHeader(text)
  return [...totalWords].some((word) => folded === word || folded.startsWith(`${word} `))
}

/** A count, a sum or a share: "25", "1 234,50 zł", "60%", "€ 120". */
const figure = /^(?:[^\d\s]{1,3}\s?)?[-+]?\d[\d\s\u00a0\u202f.,']*\s?(?:%|[^\d\s]{1,3})?$/u

function isFigure(text: string): boolean {
  return figure.test(text)
}

const shown = (texts: readonly string[]) => texts.slice(0, 3).join(' · ')

export function summaryRowEvidence(row: ImportRow, built: BuiltRow): SummaryEvidence | null {
  if (built.customer.phones.length > 0 || built.customer.emails.length > 0) return null
  if (row.totalFormula) return { kind: 'formula', quote: `=${row.totalFormula}` }
  const texts = row.cells.filter((cell) => !isEmptyCell(cell)).map((cell) => cellText(cell))
  if (texts.length === 0) return null
  const words = texts.filter(startsWithTotalWord)
  if (words.length > 0 && texts.every((text) => startsWithTotalWord(text) || isFigure(text))) return { kind: 'total-word', quote: shown(texts) }
  // A lone number that is not in a name (a card number, a postal code) is not yet a total.
  if (texts.every(isFigure) && (built.identified || texts.length >= 2)) return { kind: 'figures', quote: shown(texts) }
  return null
}

/** A row with nothing in any cell (kept by main between the rows of a list so it can be counted). */
export function isEmptyRow(row: ImportRow): boolean {
  return row.cells.every(isEmptyCell)
}

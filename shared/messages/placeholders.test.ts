import { describe, expect, it } from 'vitest'
import { fillMessage, placeholderNames, unknownPlaceholders } from './placeholders'

const anna = { firstName: 'Anna', discountPercent: 10, store: 'Studio Mokotów' }

describe('message placeholders', () => {
  it('fills the first name, the discount as the locale writes it, and the store', () => {
    const names = placeholderNames()
    expect(fillMessage('Hi {first name}, {discount} off at {store}!', anna, names, 'en').text).toBe('Hi Anna, 10% off at Studio Mokotów!')
    expect(fillMessage('{discount}', anna, names, 'fr').text).toBe(new Intl.NumberFormat('fr', { style: 'percent' }).format(0.1))
    expect(fillMessage('{discount}', { ...anna, discountPercent: 12.5 }, names, 'pl').text).toBe(new Intl.NumberFormat('pl', { style: 'percent', maximumFractionDigits: 1 }).format(0.125))
  })

  it("understands the UI language's names and spacing or case differences", () => {
    const names = placeholderNames({ firstName: 'imię', discount: 'rabat', store: 'placówka' })
    expect(fillMessage('Cześć {Imię}, {rabat} w {placówka}; {First  Name}', anna, names, 'pl').text).toBe('Cześć Anna, 10% w Studio Mokotów; Anna')
  })

  it('leaves an unknown placeholder as typed and reports it once', () => {
    const names = placeholderNames()
    const filled = fillMessage('Hi {frist name} and {frist name}, {date}', anna, names, 'en')
    expect(filled).toEqual({ text: 'Hi {frist name} and {frist name}, {date}', unknown: ['frist name', 'date'] })
    expect(unknownPlaceholders('{store} {x}', names)).toEqual(['x'])
  })
})

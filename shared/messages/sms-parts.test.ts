import { describe, expect, it } from 'vitest'
import { smsLength } from './sms-parts'

describe('SMS length and parts', () => {
  it('English fits 160 letters in one message and 153 in each part beyond', () => {
    expect(smsLength('Hello Anna, 10% off this week at Studio!')).toMatchObject({ encoding: 'gsm7', units: 40, parts: 1 })
    expect(smsLength('a'.repeat(160))).toMatchObject({ parts: 1, leftInPart: 0 })
    expect(smsLength('a'.repeat(161))).toMatchObject({ parts: 2, perPart: 153, leftInPart: 145 })
    expect(smsLength('a'.repeat(306))).toMatchObject({ parts: 2 })
    expect(smsLength('a'.repeat(307))).toMatchObject({ parts: 3 })
    expect(smsLength('')).toMatchObject({ parts: 0, units: 0 })
  })

  it('letters of the extension table count twice and keep GSM-7', () => {
    expect(smsLength('Price: 10€ [promo]')).toMatchObject({ encoding: 'gsm7', units: 21 })
    expect(smsLength('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, parts: 1 })
    expect(smsLength('€'.repeat(81))).toMatchObject({ parts: 2 })
  })

  it('one Polish letter turns the whole text into UCS-2 and names it', () => {
    const text = 'Dzien dobry Anno, rabat 10% w tym tygodniu. Zapraszamy do salonu w sobote!'
    expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', parts: 1 })
    const polish = text.replace('sobote', 'sobotę')
    expect(smsLength(polish)).toMatchObject({ encoding: 'ucs2', units: 74, parts: 2, perPart: 67, forcedBy: 'ę' })
    expect(smsLength('ż'.repeat(70))).toMatchObject({ encoding: 'ucs2', parts: 1 })
    expect(smsLength('ż'.repeat(71))).toMatchObject({ parts: 2 })
    expect(smsLength('ż'.repeat(134))).toMatchObject({ parts: 2 })
    expect(smsLength('ż'.repeat(135))).toMatchObject({ parts: 3 })
  })

  it('Ukrainian (Cyrillic) is UCS-2', () => {
    const text = 'Вітаємо, Олено! Знижка 10% цього тижня.'
    expect(smsLength(text)).toMatchObject({ encoding: 'ucs2', units: text.length, parts: 1, forcedBy: 'В' })
    expect(smsLength('ї'.repeat(68) + '!!!')).toMatchObject({ units: 71, parts: 2 })
  })

  it('Czech letters outside GSM-7 force UCS-2, those inside do not', () => {
    expect(smsLength('Dobrý den')).toMatchObject({ encoding: 'ucs2', forcedBy: 'ý' })
    expect(smsLength('é à ù')).toMatchObject({ encoding: 'gsm7' })
  })

  it('an emoji counts as two UCS-2 units and is named whole', () => {
    expect(smsLength('Hi 😀')).toMatchObject({ encoding: 'ucs2', units: 5, forcedBy: '😀' })
  })
})

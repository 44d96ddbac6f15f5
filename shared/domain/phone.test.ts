import { describe, expect, it } from 'vitest'
import { formatPhoneForDesk, normalisePhone, phoneDigitForms } from './phone'

describe('phone numbers', () => {
  it('reads a local number with the default country and keeps foreign numbers their own', () => {
    expect(normalisePhone('601 234 567', 'PL')).toEqual({ ok: true, e164: '+48601234567', country: 'PL' })
    expect(normalisePhone('0048 601-234-567', 'CZ')).toMatchObject({ ok: true, e164: '+48601234567' })
    expect(normalisePhone('+380 50 123 4567', 'PL')).toMatchObject({ ok: true, e164: '+380501234567', country: 'UA' })
    expect(normalisePhone('050 123 4567', 'UA')).toMatchObject({ ok: true, e164: '+380501234567' })
    expect(normalisePhone('06 12 34 56 78', 'FR')).toMatchObject({ ok: true, e164: '+33612345678' })
  })

  it('says why a number is refused', () => {
    expect(normalisePhone('  ', 'PL')).toEqual({ ok: false, problem: 'empty' })
    expect(normalisePhone('jan@example.com', 'PL')).toEqual({ ok: false, problem: 'not-a-number' })
    expect(normalisePhone('123', 'PL')).toMatchObject({ ok: false })
    expect(normalisePhone('601 234 567', '')).toMatchObject({ ok: false })
    expect(normalisePhone('+48 000 000 000', 'PL')).toEqual({ ok: false, problem: 'invalid' })
  })

  it('knows a number by its international digits and its national digits with the trunk 0', () => {
    expect(phoneDigitForms('+380501234567')).toEqual({ international: '380501234567', national: '0501234567' })
    expect(phoneDigitForms('+48601234567')).toEqual({ international: '48601234567', national: '601234567' })
  })

  it('shows the desk its own numbers nationally and others internationally', () => {
    expect(formatPhoneForDesk('+48601234567', 'PL')).toBe('601 234 567')
    expect(formatPhoneForDesk('+380501234567', 'PL')).toBe('+380 50 123 4567')
  })
})

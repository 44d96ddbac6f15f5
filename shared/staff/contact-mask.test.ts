import { describe, expect, it } from 'vitest'
import { isMasked, maskEmail, maskPhone, unmaskContacts, withMaskedContacts } from './contact-mask'

const stored = {
  phones: ['+48601234123', '+420603111222'],
  emails: ['anna.kowalska@gmail.com'],
  address: { street: 'Puławska 12', postalCode: '02-512', city: 'Warszawa', country: 'PL' }
}

describe('contact details masked for a person without the right to see them', () => {
  it('keeps a phone’s country and last three digits, an e-mail’s first letters and top-level domain', () => {
    expect(maskPhone('+48601234123')).toBe('+48 ••• ••• 123')
    expect(maskPhone('+420603111222')).toBe('+420 ••• ••• 222')
    expect(maskEmail('anna.kowalska@gmail.com')).toBe('a•••@g•••.com')
    expect(maskEmail('not-an-email')).toBe('•••')
  })

  it('leaves nothing of the number, the e-mail’s name or the street to read', () => {
    const masked = withMaskedContacts(stored)
    const text = JSON.stringify(masked)
    for (const secret of ['601234', '603111', 'kowalska', 'gmail', 'Puławska', '02-512']) expect(text).not.toContain(secret)
    expect(masked.address).toEqual({ street: '•••', postalCode: '•••', city: 'Warszawa', country: 'PL' })
    expect(masked.phones.every(isMasked)).toBe(true)
    expect(withMaskedContacts({ ...stored, tokens: ['48601234123', 'anna.kowalska@gmail.com'] }).tokens).toEqual([])
    expect(stored.phones[0]).toBe('+48601234123')
  })

  it('reads a masked value written back as unchanged, and keeps what was typed in full', () => {
    const masked = withMaskedContacts(stored)
    expect(unmaskContacts({ phones: masked.phones, emails: masked.emails, address: masked.address }, stored)).toEqual(stored)
    // A new number added beside the masked ones, the second one removed.
    expect(unmaskContacts({ phones: [masked.phones[0]!, '+48500100200'] }, stored).phones).toEqual(['+48601234123', '+48500100200'])
    // A mask edited around its dots stands for nothing stored: it is dropped, never saved.
    expect(unmaskContacts({ phones: ['+48 ••• ••• 999'] }, stored).phones).toEqual([])
    expect(unmaskContacts({ address: { ...masked.address, city: 'Kraków' } }, stored).address).toEqual({ ...stored.address, city: 'Kraków' })
    expect(unmaskContacts({ address: { ...masked.address, street: 'Nowa 1' } }, stored).address?.street).toBe('Nowa 1')
  })
})

import { describe, expect, it } from 'vitest'
import { parseLabels } from './parse-labels'

describe('category names from a tags or labels cell', () => {
  it.each([
    ['* myContacts ::: VIP ::: Stała klientka', ['VIP', 'Stała klientka']], // Google Contacts
    ['* myContacts ::: * starred', []],
    ['"VIP","Fidèle"', ['VIP', 'Fidèle']], // Mailchimp
    ['„Nowy”', ['Nowy']],
    ['«Fidèle», \'VIP\'', ['Fidèle', 'VIP']],
    ['VIP;Stała klientka', ['VIP', 'Stała klientka']], // Outlook
    ['VIP, stała', ['VIP', 'stała']],
    ['"Kolor, farba", VIP', ['Kolor, farba', 'VIP']],
    ['VIP\nVIP', ['VIP']],
    ['System Group: My Contacts ::: Rodzina', ['Rodzina']]
  ])('%j → %j', (cell, names) => {
    expect(parseLabels(cell)).toEqual(names)
  })
})

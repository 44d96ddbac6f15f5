import type { CategoryInput, GroupInput, StoreInput } from '../domain/schemas'
import type { DemoCountry } from './names'
import type { DemoCategoryKey, DemoGroupKey, DemoServiceKey, DemoTexts } from './texts'

/**
 * The demo business: a small hair-and-beauty chain with two salons in Poland (PLN) and one
 * in Prague (CZK), so the store selector and the one-currency rule have something to show.
 */

export const DEMO_MAIN_CURRENCY = 'PLN'

export interface DemoStore extends StoreInput {
  /** Where most of its customers come from. */
  country: DemoCountry
  staff: readonly string[]
  /**
   * Services and products with their price in the store's minor units. Products are what a
   * customer may also buy online or have delivered; a service needs the customer in the chair.
   */
  services: readonly { key: DemoServiceKey; price: number; product?: true }[]
}

export const demoStores: readonly DemoStore[] = [
  {
    name: 'Studio Mokotów',
    currency: 'PLN',
    address: 'ul. Puławska 24, 02-512 Warszawa',
    country: 'PL',
    staff: ['Agnieszka', 'Marta', 'Kamil', 'Oksana'],
    services: [
      { key: 'womensCut', price: 12000 },
      { key: 'mensCut', price: 7000 },
      { key: 'colouring', price: 28000 },
      { key: 'balayage', price: 45000 },
      { key: 'blowDry', price: 8000 },
      { key: 'hybridManicure', price: 13000 },
      { key: 'pedicure', price: 15000 },
      { key: 'browLashTint', price: 6000 },
      { key: 'shampoo', price: 5900, product: true },
      { key: 'giftVoucher', price: 20000, product: true }
    ]
  },
  {
    name: 'Studio Kazimierz',
    currency: 'PLN',
    address: 'ul. Józefa 12, 31-056 Kraków',
    country: 'PL',
    staff: ['Joanna', 'Łukasz', 'Natalia'],
    services: [
      { key: 'womensCut', price: 11000 },
      { key: 'mensCut', price: 6500 },
      { key: 'colouring', price: 26000 },
      { key: 'keratin', price: 38000 },
      { key: 'classicManicure', price: 8000 },
      { key: 'headMassage', price: 9000 },
      { key: 'hairOil', price: 7900, product: true },
      { key: 'giftVoucher', price: 15000, product: true }
    ]
  },
  {
    name: 'Studio Vinohrady',
    currency: 'CZK',
    address: 'Vinohradská 48, 120 00 Praha',
    country: 'CZ',
    staff: ['Tereza', 'Ondřej', 'Lucie'],
    services: [
      { key: 'womensCut', price: 65000 },
      { key: 'mensCut', price: 40000 },
      { key: 'colouring', price: 150000 },
      { key: 'highlights', price: 180000 },
      { key: 'classicManicure', price: 55000 },
      { key: 'pedicure', price: 70000 },
      { key: 'conditioner', price: 32000, product: true },
      { key: 'giftVoucher', price: 100000, product: true }
    ]
  }
]

/** Categories and groups of the demo base; their names come from texts.ts in the chosen language. */
export const demoCategories: readonly { key: DemoCategoryKey; color: string }[] = [
  { key: 'vip', color: '#d4a017' },
  { key: 'regular', color: '#2e7d32' },
  { key: 'new', color: '#1f6feb' },
  { key: 'colour', color: '#8e44ad' },
  { key: 'nails', color: '#e91e63' },
  { key: 'winBack', color: '#e67e22' }
]

export const demoGroups: readonly DemoGroupKey[] = ['newsletter', 'loyalty', 'companies', 'students']

export function demoCategoryInputs(texts: DemoTexts): CategoryInput[] {
  return demoCategories.map(({ key, color }) => ({ name: texts.categories[key], color }))
}

export function demoGroupInputs(texts: DemoTexts): GroupInput[] {
  return demoGroups.map((key) => ({ ...texts.groups[key] }))
}

/** Notes the desk writes, in the customer's language. */
export const demoNotes: Record<DemoCountry, { notes: readonly string[]; preferences: readonly string[]; allergies: readonly string[] }> = {
  PL: {
    notes: ['Woli terminy po 17:00', 'Prosi o przypomnienie SMS dzień wcześniej', 'Przychodzi z córką', 'Płaci kartą'],
    preferences: ['Kawa bez cukru', 'Tylko u Agnieszki', 'Cicha muzyka', 'Herbata zielona'],
    allergies: ['Uczulenie na amoniak', 'Alergia na lateks', 'Wrażliwa skóra głowy']
  },
  CZ: {
    notes: ['Chodí v sobotu ráno', 'Preferuje platbu hotově'],
    preferences: ['Káva s mlékem', 'Jen u Terezy'],
    allergies: ['Alergie na amoniak', 'Citlivá pokožka']
  },
  UA: {
    notes: ['Зручно після 18:00', 'Просить нагадати за день'],
    preferences: ['Чай без цукру', 'Лише у Оксани'],
    allergies: ['Алергія на аміак', 'Чутлива шкіра голови']
  },
  BG: {
    notes: ['Идва в събота', 'Предпочита сутрешни часове'],
    preferences: ['Кафе без захар'],
    allergies: ['Алергия към латекс']
  },
  FR: {
    notes: ['Préfère le samedi matin', 'Rappeler la veille'],
    preferences: ['Café noir', 'Musique douce'],
    allergies: ['Allergie au latex', 'Cuir chevelu sensible']
  },
  GB: {
    notes: ['Prefers late appointments', 'Text reminder the day before'],
    preferences: ['Tea with milk'],
    allergies: ['Latex allergy']
  },
  IE: {
    notes: ['Comes in on Fridays'],
    preferences: ['Coffee, no sugar'],
    allergies: ['Sensitive scalp']
  }
}

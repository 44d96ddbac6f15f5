import type { CategoryInput, GroupInput, StoreInput } from '../domain/schemas'
import type { DemoCountry } from './names'

/**
 * The demo business: a small hair-and-beauty chain with two salons in Poland (PLN) and one
 * in Prague (CZK), so the store selector and the one-currency rule have something to show.
 */

export const DEMO_MAIN_CURRENCY = 'PLN'

export interface DemoStore extends StoreInput {
  /** Where most of its customers come from. */
  country: DemoCountry
  staff: readonly string[]
  /** Services and products with their price in the store's minor units. */
  services: readonly { name: string; price: number }[]
}

export const demoStores: readonly DemoStore[] = [
  {
    name: 'Studio Mokotów',
    currency: 'PLN',
    address: 'ul. Puławska 24, 02-512 Warszawa',
    country: 'PL',
    staff: ['Agnieszka', 'Marta', 'Kamil', 'Oksana'],
    services: [
      { name: 'Strzyżenie damskie', price: 12000 },
      { name: 'Strzyżenie męskie', price: 7000 },
      { name: 'Koloryzacja', price: 28000 },
      { name: 'Baleyage', price: 45000 },
      { name: 'Modelowanie', price: 8000 },
      { name: 'Manicure hybrydowy', price: 13000 },
      { name: 'Pedicure', price: 15000 },
      { name: 'Henna brwi i rzęs', price: 6000 },
      { name: 'Szampon regenerujący', price: 5900 }
    ]
  },
  {
    name: 'Studio Kazimierz',
    currency: 'PLN',
    address: 'ul. Józefa 12, 31-056 Kraków',
    country: 'PL',
    staff: ['Joanna', 'Łukasz', 'Natalia'],
    services: [
      { name: 'Strzyżenie damskie', price: 11000 },
      { name: 'Strzyżenie męskie', price: 6500 },
      { name: 'Koloryzacja', price: 26000 },
      { name: 'Keratynowe prostowanie', price: 38000 },
      { name: 'Manicure klasyczny', price: 8000 },
      { name: 'Masaż głowy', price: 9000 },
      { name: 'Olejek do włosów', price: 7900 }
    ]
  },
  {
    name: 'Studio Vinohrady',
    currency: 'CZK',
    address: 'Vinohradská 48, 120 00 Praha',
    country: 'CZ',
    staff: ['Tereza', 'Ondřej', 'Lucie'],
    services: [
      { name: 'Dámský střih', price: 65000 },
      { name: 'Pánský střih', price: 40000 },
      { name: 'Barvení', price: 150000 },
      { name: 'Melír', price: 180000 },
      { name: 'Manikúra', price: 55000 },
      { name: 'Pedikúra', price: 70000 },
      { name: 'Kondicionér', price: 32000 }
    ]
  }
]

export const demoCategories: readonly CategoryInput[] = [
  { name: 'VIP', color: '#d4a017' },
  { name: 'Stały klient', color: '#2e7d32' },
  { name: 'Nowy', color: '#1f6feb' },
  { name: 'Koloryzacja', color: '#8e44ad' },
  { name: 'Paznokcie', color: '#e91e63' },
  { name: 'Do odzyskania', color: '#e67e22' }
]

export const demoGroups: readonly GroupInput[] = [
  { name: 'Newsletter', description: 'Klienci zapisani na newsletter salonu' },
  { name: 'Program lojalnościowy', description: 'Karta stałego klienta: co 10. wizyta gratis' },
  { name: 'Firmy', description: 'Pracownicy firm z umową partnerską' },
  { name: 'Studenci', description: 'Zniżka studencka 10 %' }
]

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

export const consentWording = {
  email: 'Zgadzam się na otrzymywanie informacji o promocjach salonu na adres e-mail.',
  sms: 'Zgadzam się na otrzymywanie SMS z przypomnieniami i ofertami salonu.'
} as const

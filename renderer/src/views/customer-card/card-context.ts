import { inject, provide, type InjectionKey } from 'vue'
import type { CustomerCard } from './use-customer-card'

/** The open card's state, shared by its panels (one card per screen). */
const cardKey: InjectionKey<CustomerCard> = Symbol('customer-card')

export function provideCard(card: CustomerCard): void {
  provide(cardKey, card)
}

export function useCard(): CustomerCard {
  const card = inject(cardKey)
  if (!card) throw new Error('useCard() outside a customer card')
  return card
}

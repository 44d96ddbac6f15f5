import { emptyMetrics } from '@shared/domain/metrics'
import { NO_DATE, type Customer, type Id, type Metrics } from '@shared/domain/types'

/**
 * The figures a list shows with stores selected (F9): a store's own figures, or several
 * stores' summed, in that currency — not the customer row's (all stores of the main
 * currency). An export or printout of that list carries the same figures and currency, so
 * the file says what the screen said.
 */
export interface ScopedFigures {
  /** The currency of the selected stores (money cells are written in it). */
  currency: string
  /** Figures of these customers in the selected stores (a customer without orders there: none). */
  of(ids: readonly Id[]): Promise<Map<Id, Metrics>>
}

/** The customers with their figures replaced by the scope's (unchanged without a scope). */
export async function withScopedFigures(customers: Customer[], figures: ScopedFigures | undefined): Promise<Customer[]> {
  if (!figures || customers.length === 0) return customers
  const byId = await figures.of(customers.map((customer) => customer.id!))
  return customers.map((customer) => ({ ...customer, ...(byId.get(customer.id!) ?? emptyMetrics(NO_DATE)) }))
}

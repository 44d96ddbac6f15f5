import { AppError } from '@shared/errors'
import * as v from 'valibot'
import { firstIssue } from '@shared/domain/schemas'

/**
 * Data-layer error codes; the UI translates `data.errors.<name>` (renderer/src/i18n/messages/data).
 * `details` of `data.invalid` is `{ path, code }`: which field and which rule (schemas.ts).
 */
export const dataErrors = {
  invalid: 'data.invalid',
  customerNotFound: 'data.customer-not-found',
  orderNotFound: 'data.order-not-found',
  orderEmpty: 'data.order-empty',
  storeNotFound: 'data.store-not-found',
  customerBlocked: 'data.customer-blocked',
  customerErased: 'data.customer-erased',
  storeInUse: 'data.store-in-use',
  notEmpty: 'data.not-empty',
  // Staff and rights (access/): `details` of not-allowed is `{ right }`, the right it needs.
  notAllowed: 'data.not-allowed',
  signedOut: 'data.signed-out',
  alreadySetUp: 'data.already-set-up',
  lastOwner: 'data.last-owner',
  staffNotFound: 'data.staff-not-found',
  deleteAllRefused: 'data.delete-all-refused'
} as const

/** Parses input with a domain schema, or throws `data.invalid` naming the field and rule. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  const issue = firstIssue(result.issues)
  throw new AppError(dataErrors.invalid, `Invalid ${issue.path || 'input'}: ${issue.code}`, issue)
}

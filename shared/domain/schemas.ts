import * as v from 'valibot'
import { isStorablePhone } from './phone'
import { editableOrderFields } from './order-changes'
import type { OrderFieldChange } from './types'

/**
 * Runtime schemas of the domain types: what the repositories accept and what main checks
 * when such values cross IPC (import rows, export requests). Inputs are already normalised:
 * phones in E.164 (see phone.ts), e-mails lower-cased. Messages are stable codes that the UI
 * translates (`domain.errors.<code>`), never prose.
 */

const MAX_TEXT = 2_000
export const MAX_NAME = 200

export const idSchema = v.pipe(v.number(), v.integer(), v.minValue(1))
export const epochMsSchema = v.pipe(v.number(), v.integer(), v.minValue(0))
export const minorUnitsSchema = v.pipe(v.number(), v.integer(), v.minValue(-1_000_000_000_00), v.maxValue(1_000_000_000_00))
const nonNegativeMinorUnits = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000_000_00))
const shortText = v.pipe(v.string(), v.maxLength(MAX_NAME, 'too-long'))
const longText = v.pipe(v.string(), v.maxLength(MAX_TEXT, 'too-long'))

export const e164Schema = v.pipe(
  v.string(),
  v.regex(/^\+[1-9]\d{5,14}$/, 'phone-not-e164'),
  // A number in a range the phone data does not know yet is kept (an import never loses one).
  v.check(isStorablePhone, 'phone-invalid')
)

export const emailSchema = v.pipe(v.string(), v.maxLength(254, 'too-long'), v.email('email-invalid'), v.check((email) => email === email.toLowerCase(), 'email-not-lower-case'))

export const currencySchema = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'currency-invalid'))
export const countrySchema = v.pipe(v.string(), v.regex(/^([A-Z]{2})?$/, 'country-invalid'))
export const colorSchema = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'color-invalid'))
export const birthdaySchema = v.pipe(
  v.string(),
  v.regex(/^((\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, 'birthday-invalid')
)

export const addressSchema = v.strictObject({
  street: shortText,
  postalCode: v.pipe(v.string(), v.maxLength(20, 'too-long')),
  city: shortText,
  country: countrySchema
})

export const customerTypeSchema = v.picklist(['registered', 'contact'])

export const referralSchema = v.strictObject({ sourceId: idSchema, note: shortText })

export const referralSourceSchema = v.strictObject({
  id: idSchema,
  preset: v.optional(v.picklist(['walk-in', 'recommendation', 'instagram', 'facebook', 'google', 'booking-portal', 'other'])),
  name: shortText,
  hidden: v.optional(v.boolean())
})

export const customerProfileSchema = v.pipe(
  v.strictObject({
    firstName: shortText,
    lastName: shortText,
    phones: v.pipe(v.array(e164Schema), v.maxLength(10, 'too-many')),
    emails: v.pipe(v.array(emailSchema), v.maxLength(10, 'too-many')),
    address: addressSchema,
    birthday: birthdaySchema,
    cardNumber: v.pipe(v.string(), v.maxLength(40, 'too-long')),
    notes: longText,
    preferences: longText,
    allergies: longText,
    discountPercent: v.pipe(v.number(), v.minValue(0, 'discount-range'), v.maxValue(100, 'discount-range')),
    categoryIds: v.array(idSchema),
    groupIds: v.array(idSchema),
    homeStoreId: v.union([v.literal(0), idSchema]),
    type: customerTypeSchema,
    referral: v.optional(referralSchema)
  }),
  // A customer the desk cannot tell apart from nobody is refused: a record needs a name or a contact to be found again.
  v.check(
    (profile) => profile.firstName.trim() + profile.lastName.trim() !== '' || profile.phones.length > 0 || profile.emails.length > 0,
    'name-or-contact-required'
  )
)

export const orderKindSchema = v.picklist(['order', 'visit', 'booking'])
export const orderChannelSchema = v.picklist(['walk-in', 'phone', 'online', 'delivery', 'takeaway', 'app'])
export const orderStatusSchema = v.picklist(['pending', 'accepted', 'rejected', 'completed', 'cancelled', 'no-show'])
/** Every order status. */
export const orderStatuses = orderStatusSchema.options

export const statusChangeSchema = v.strictObject({
  status: orderStatusSchema,
  at: epochMsSchema,
  staffName: v.optional(shortText)
})

export const orderItemSchema = v.strictObject({
  name: shortText,
  quantity: v.pipe(v.number(), v.minValue(0)),
  unitPrice: minorUnitsSchema
})

export const orderDiscountSchema = v.strictObject({
  percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  amount: nonNegativeMinorUnits
})

const orderFieldChangeShape = v.strictObject({ field: v.picklist(editableOrderFields), before: v.unknown(), after: v.unknown() })

export const orderEditSchema = v.strictObject({
  at: epochMsSchema,
  staffName: v.optional(shortText),
  changes: v.pipe(v.array(v.custom<OrderFieldChange>((change) => v.is(orderFieldChangeShape, change))), v.minLength(1, 'edit-empty'))
})

/** An order as written by a repository (id and customerId are the repository's business). */
export const orderInputSchema = v.pipe(
  v.strictObject({
    storeId: idSchema,
    kind: orderKindSchema,
    channel: orderChannelSchema,
    status: orderStatusSchema,
    statusHistory: v.pipe(v.array(statusChangeSchema), v.minLength(1, 'status-history-empty')),
    at: epochMsSchema,
    createdAt: epochMsSchema,
    value: nonNegativeMinorUnits,
    tip: nonNegativeMinorUnits,
    items: v.array(orderItemSchema),
    staffName: shortText,
    notes: longText,
    importBatchId: v.optional(v.string()),
    discount: v.optional(orderDiscountSchema),
    edits: v.optional(v.array(orderEditSchema))
  }),
  v.check((order) => order.statusHistory[order.statusHistory.length - 1]?.status === order.status, 'status-history-mismatch')
)

export const storeInputSchema = v.strictObject({
  name: v.pipe(shortText, v.minLength(1, 'name-required')),
  currency: currencySchema,
  address: v.optional(shortText),
  country: v.optional(countrySchema)
})

export const categoryInputSchema = v.strictObject({
  name: v.pipe(shortText, v.minLength(1, 'name-required')),
  color: colorSchema
})

export const groupInputSchema = v.strictObject({
  name: v.pipe(shortText, v.minLength(1, 'name-required')),
  description: longText
})

export const consentChangeSchema = v.strictObject({
  customerId: idSchema,
  channel: v.picklist(['email', 'sms']),
  granted: v.boolean(),
  at: epochMsSchema,
  source: v.picklist(['desk', 'import', 'form', 'online']),
  staffName: shortText,
  wording: longText,
  importFile: v.optional(shortText)
})

export type CustomerProfileInput = v.InferOutput<typeof customerProfileSchema>
export type OrderInput = v.InferOutput<typeof orderInputSchema>
export type StoreInput = v.InferOutput<typeof storeInputSchema>
export type CategoryInput = v.InferOutput<typeof categoryInputSchema>
export type GroupInput = v.InferOutput<typeof groupInputSchema>
export type ConsentChange = v.InferOutput<typeof consentChangeSchema>

/** The first problem of a failed parse as `{ path, code }`, for a translated inline error. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): { path: string; code: string } {
  const issue = issues[0]
  const path = issue?.path?.map((item) => String(item.key)).join('.') ?? ''
  return { path, code: issue?.message ?? 'invalid' }
}

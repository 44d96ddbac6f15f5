import type * as v from 'valibot'
import { maxValuesPerCall } from '@shared/ipc/contract'

/**
 * Sizes first. Valibot checks every item of an array before the array's own maxLength (its
 * pipe runs after the schema), so a million-item array cost seconds to refuse; a long string
 * went through a regular expression before its maxLength. This walk follows a channel's
 * schema and looks only at sizes — each array's and string's length against the maxLength
 * its pipe declares, and the number of values in the whole call — without looking at an
 * item before its array's length passed. After it, validation is bounded by the contract's
 * own limits. A value of the wrong kind ends the walk: valibot refuses it at once.
 */

/** What the walk needs of a schema, worked out once per schema. */
type SizePlan =
  | { kind: 'text'; max?: number }
  | { kind: 'array'; max?: number; item: SizePlan; rowsOfCells: boolean }
  | { kind: 'tuple'; items: SizePlan[] }
  | { kind: 'object'; entries: Array<[string, SizePlan]> }
  | { kind: 'union'; options: SizePlan[] }
  /** unknown / custom: anything goes, nothing is measured. */
  | { kind: 'any' }
  /** A number, a flag, null: a string, array or object is the wrong kind. */
  | { kind: 'scalar' }

interface SchemaNode {
  type: string
  pipe?: ReadonlyArray<{ type: string; requirement?: unknown }>
  item?: SchemaNode
  items?: SchemaNode[]
  entries?: Record<string, SchemaNode>
  /** A union's schemas, a picklist's values. */
  options?: unknown[]
  /** A literal's value. */
  literal?: unknown
  wrapped?: SchemaNode
}

const wrappers = new Set(['optional', 'nullable', 'nullish', 'exact_optional', 'undefinedable'])
const objects = new Set(['object', 'strict_object', 'loose_object'])
const tuples = new Set(['tuple', 'strict_tuple', 'loose_tuple'])
const anything = new Set(['unknown', 'any', 'custom'])

function maxLengthOf(node: SchemaNode): number | undefined {
  let max: number | undefined
  // A picklist or a literal is never longer than its longest value (valibot's message would quote a giant one whole).
  if (node.type === 'picklist') max = Math.max(0, ...(node.options ?? []).map((option) => String(option).length))
  if (node.type === 'literal') max = String(node.literal).length
  for (const action of node.pipe ?? []) {
    if (action.type === 'max_length' && typeof action.requirement === 'number') max = Math.min(max ?? Infinity, action.requirement)
  }
  return max
}

const plans = new WeakMap<SchemaNode, SizePlan>()

function planOf(schema: SchemaNode): SizePlan {
  let node = schema
  while (wrappers.has(node.type) && node.wrapped) node = node.wrapped
  const known = plans.get(node)
  if (known) return known
  let plan: SizePlan
  if (node.type === 'string' || node.type === 'picklist' || node.type === 'literal' || node.type === 'enum') plan = { kind: 'text', max: maxLengthOf(node) }
  else if (node.type === 'array' && node.item) {
    const item = planOf(node.item)
    plan = { kind: 'array', max: maxLengthOf(node), item, rowsOfCells: item.kind === 'array' }
  } else if (tuples.has(node.type)) plan = { kind: 'tuple', items: (node.items ?? []).map(planOf) }
  else if (objects.has(node.type)) plan = { kind: 'object', entries: Object.entries(node.entries ?? {}).map(([key, entry]) => [key, planOf(entry)]) }
  else if (node.type === 'union') plan = { kind: 'union', options: (node.options as SchemaNode[]).map(planOf) }
  else if (anything.has(node.type)) plan = { kind: 'any' }
  else plan = { kind: 'scalar' }
  plans.set(node, plan)
  return plan
}

const wrongKind = Symbol('wrong kind')
/** A refusal (its reason), nothing to refuse (null), or a value of the wrong kind. */
type Finding = string | null | typeof wrongKind

class SizeWalk {
  private valuesLeft = maxValuesPerCall
  /** Where the walk is, joined into a path only for a refusal. */
  private readonly trail: Array<string | number> = []

  /** Counts the value, then measures it. */
  check(plan: SizePlan, value: unknown): Finding {
    if (--this.valuesLeft < 0) return this.tooMany()
    return this.measure(plan, value)
  }

  private measure(plan: SizePlan, value: unknown): Finding {
    // A number, a flag, null, undefined: nothing to measure.
    if (typeof value !== 'string' && (value === null || typeof value !== 'object')) return null
    switch (plan.kind) {
      case 'any':
        return null
      case 'scalar':
        return wrongKind
      case 'text':
        if (typeof value !== 'string') return wrongKind
        return plan.max !== undefined && value.length > plan.max ? this.refuse(`${value.length} characters, at most ${plan.max}`) : null
      case 'union': {
        let refusal: Finding = wrongKind
        for (const option of plan.options) {
          const found = this.measure(option, value)
          if (found === null) return null
          if (refusal === wrongKind) refusal = found
        }
        return refusal
      }
      case 'array':
        return Array.isArray(value) ? this.measureArray(plan, value) : wrongKind
      case 'tuple':
        return Array.isArray(value) ? this.measureItems(value, Math.min(value.length, plan.items.length), (index) => plan.items[index]) : wrongKind
      case 'object': {
        if (typeof value !== 'object') return wrongKind
        // A list where an object belongs is refused here: a strict object schema would first
        // visit every index of it as an unknown key (seconds for a 10-million-byte typed array).
        if (ArrayBuffer.isView(value) || (Array.isArray(value) && value.length > 0)) return this.refuse('a list where an object belongs')
        if (Array.isArray(value)) return wrongKind
        const record = value as Record<string, unknown>
        for (const [key, entry] of plan.entries) {
          if (!Object.hasOwn(record, key)) continue
          this.trail.push(key)
          const found = this.check(entry, record[key])
          this.trail.pop()
          if (found !== null) return found
        }
        return null
      }
    }
  }

  private measureArray(plan: Extract<SizePlan, { kind: 'array' }>, value: unknown[]): Finding {
    if (plan.max !== undefined && value.length > plan.max) return this.refuse(`${value.length} items, at most ${plan.max}`)
    // Rows of cells: add up the rows' lengths first, one look at each row, before looking at a cell.
    let count = value.length
    if (plan.rowsOfCells) for (let index = 0; index < value.length && count <= this.valuesLeft; index++) count += Array.isArray(value[index]) ? (value[index] as unknown[]).length : 0
    if (count > this.valuesLeft) return this.tooMany()
    return this.measureItems(value, value.length, () => plan.item)
  }

  /** A tuple's valibot schema looks at its own items only (a strict one refuses more at once). */
  private measureItems(value: unknown[], count: number, planAt: (index: number) => SizePlan): Finding {
    for (let index = 0; index < count; index++) {
      this.trail.push(index)
      const found = this.check(planAt(index), value[index])
      this.trail.pop()
      if (found !== null) return found
    }
    return null
  }

  private refuse(why: string): string {
    return `${['(input)', ...this.trail].join('.')}: ${why}`
  }

  private tooMany(): string {
    return `more than ${maxValuesPerCall} values in one call`
  }
}

/** Describes the first part of a call's input that is larger than the channel allows, or null. */
export function oversizedInput(schema: v.GenericSchema, input: unknown): string | null {
  const found = new SizeWalk().check(planOf(schema as unknown as SchemaNode), input)
  return found === wrongKind ? null : found
}

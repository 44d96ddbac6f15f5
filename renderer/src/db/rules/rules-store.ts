import type { EpochMs, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { normaliseRuleActions, normaliseRuleConditions, ruleDraftProblem, type Rule, type RuleDraft } from '@shared/rules/rule'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { appendAudit } from '../repositories/audit'
import { THIS_PC } from '../repositories/settings'

/**
 * The manager's rules, in their order, as one row of the settings table: a handful of rules
 * need no table of their own (and no schema version). Every customer write applies them, so
 * they are kept in memory per open database once read; only the functions here change them.
 */
const RULES_KEY = 'rules'

interface StoredRules {
  nextId: Id
  rules: Rule[]
}

// By database name: a test's database is reached through a proxy that outlives it, and a
// restore opens the new database under a new name.
const byName = new Map<string, StoredRules>()
const inMemory = {
  get: (db: RegularsDatabase) => byName.get(db.name),
  set: (db: RegularsDatabase, value: StoredRules) => byName.set(db.name, value),
  delete: (db: RegularsDatabase) => byName.delete(db.name)
}

async function stored(db: RegularsDatabase): Promise<StoredRules> {
  const known = inMemory.get(db)
  if (known) return known
  const row = await db.settings.get(RULES_KEY)
  const value = (row?.value as StoredRules | undefined) ?? { nextId: 1, rules: [] }
  inMemory.set(db, value)
  return value
}

async function store(db: RegularsDatabase, value: StoredRules): Promise<void> {
  await db.settings.put({ key: RULES_KEY, value })
  inMemory.set(db, value)
}

/** Every rule, in the order that decides which discount wins. */
export async function listRules(db: RegularsDatabase): Promise<Rule[]> {
  return (await stored(db)).rules.map((rule) => structuredClone(rule))
}

/** The rules as customer writes apply them (read once, then from memory). Inside a transaction, it must include the settings table until they are read. */
export async function rulesInForce(db: RegularsDatabase): Promise<readonly Rule[]> {
  return (await stored(db)).rules
}

/** Forgets the rules held in memory (a test that writes the settings row by other means). */
export function forgetRulesInMemory(db: RegularsDatabase): void {
  inMemory.delete(db)
}

function checked(draft: RuleDraft): RuleDraft {
  const problem = ruleDraftProblem(draft)
  if (problem) throw new AppError(dataErrors.invalid, `A rule needs ${problem}`, { path: `rule.${problem}`, code: 'required' })
  return { name: draft.name.trim(), enabled: draft.enabled, conditions: normaliseRuleConditions(draft.conditions), actions: normaliseRuleActions(draft.actions) }
}

export interface RuleWriteOptions {
  now?: EpochMs
}

/** Adds a rule at the end of the order, or changes one (`id`); one audit entry. Run a pass after it (runRulesPass). */
export async function saveRule(db: RegularsDatabase, draft: RuleDraft, id?: Id, options: RuleWriteOptions = {}): Promise<Rule> {
  const valid = checked(draft)
  const now = options.now ?? Date.now()
  return forgettingOnFailure(db, () => db.transaction('rw', [db.settings, db.audit], async () => {
    const current = await stored(db)
    let saved: Rule
    let rules: Rule[]
    if (id === undefined) {
      saved = { id: current.nextId, ...valid, createdAt: now, updatedAt: now }
      rules = [...current.rules, saved]
    } else {
      const earlier = current.rules.find((rule) => rule.id === id)
      if (!earlier) throw new AppError(dataErrors.invalid, `Rule ${id} not found`, { path: 'rule', code: 'not-found' })
      saved = { ...earlier, ...valid, updatedAt: now }
      rules = current.rules.map((rule) => (rule.id === id ? saved : rule))
    }
    await store(db, { nextId: id === undefined ? current.nextId + 1 : current.nextId, rules })
    await auditRuleChange(db, id === undefined ? 'created' : 'changed', saved, now)
    return structuredClone(saved)
  }))
}

/** Turns a rule on or off (kept in its place). */
export async function setRuleEnabled(db: RegularsDatabase, id: Id, enabled: boolean, options: RuleWriteOptions = {}): Promise<void> {
  await changeRules(db, id, enabled ? 'enabled' : 'disabled', options, (rules, index) => {
    rules[index] = { ...rules[index]!, enabled, updatedAt: options.now ?? Date.now() }
  })
}

/** Moves a rule one place up (earlier: its discount wins over later ones) or down. */
export async function moveRule(db: RegularsDatabase, id: Id, direction: 'up' | 'down', options: RuleWriteOptions = {}): Promise<void> {
  await changeRules(db, id, direction === 'up' ? 'moved-up' : 'moved-down', options, (rules, index) => {
    const other = direction === 'up' ? index - 1 : index + 1
    if (other < 0 || other >= rules.length) return
    ;[rules[index], rules[other]] = [rules[other]!, rules[index]!]
  })
}

/** Deletes a rule; a pass afterwards takes away what it gave (runRulesPass). */
export async function deleteRule(db: RegularsDatabase, id: Id, options: RuleWriteOptions = {}): Promise<void> {
  await changeRules(db, id, 'deleted', options, (rules, index) => {
    rules.splice(index, 1)
  })
}

async function changeRules(db: RegularsDatabase, id: Id, change: string, options: RuleWriteOptions, edit: (rules: Rule[], index: number) => void): Promise<void> {
  await forgettingOnFailure(db, () => db.transaction('rw', [db.settings, db.audit], async () => {
    const current = await stored(db)
    const index = current.rules.findIndex((rule) => rule.id === id)
    if (index < 0) throw new AppError(dataErrors.invalid, `Rule ${id} not found`, { path: 'rule', code: 'not-found' })
    const rule = current.rules[index]!
    const rules = [...current.rules]
    edit(rules, index)
    await store(db, { ...current, rules })
    await auditRuleChange(db, change, rule, options.now ?? Date.now())
  }))
}

/** The rules in memory were set inside a transaction that did not commit: read them again next time. */
async function forgettingOnFailure<T>(db: RegularsDatabase, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    inMemory.delete(db)
    throw error
  }
}

function auditRuleChange(db: RegularsDatabase, change: string, rule: Rule, at: EpochMs): Promise<Id> {
  return appendAudit(db, {
    action: 'rule-change',
    staffName: THIS_PC,
    customerIds: [],
    at,
    details: { change, ruleId: rule.id, ruleName: rule.name, conditions: rule.conditions, actions: rule.actions, enabled: rule.enabled }
  })
}

const categoryOrder: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other']

/**
 * A vue-i18n plural rule from the language's own CLDR rules: a message lists one form per
 * category the language uses for whole numbers, in CLDR order (pl, uk: one | few | many;
 * cs: one | few | other; en, fr, bg: one | other).
 */
export function cldrPluralRule(locale: string): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(locale)
  const used = new Set<Intl.LDMLPluralRule>()
  for (let n = 0; n <= 200; n++) used.add(rules.select(n))
  const categories = categoryOrder.filter((category) => used.has(category))
  return (choice, choicesLength) => {
    if (choicesLength !== categories.length) return Math.min(Math.abs(choice) === 1 ? 0 : 1, choicesLength - 1)
    return Math.max(0, categories.indexOf(rules.select(Math.abs(choice))))
  }
}

import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { supportedLocales } from './locales'

const root = join(import.meta.dirname, 'messages')

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
  return [prefix]
}

// A set, not a list: plural messages repeat placeholders once per form, and languages have
// different numbers of forms (en: one | other, pl: one | few | many).
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
}

function leaf(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], obj)
}

describe('locale files', () => {
  for (const feature of readdirSync(root)) {
    const load = (locale: string) => JSON.parse(readFileSync(join(root, feature, `${locale}.json`), 'utf8'))
    const english = load('en')
    const englishKeys = keys(english).sort()

    for (const locale of supportedLocales) {
      it(`${feature}/${locale} has exactly the English keys, each translated, with the same placeholders`, () => {
        const messages = load(locale)
        expect(keys(messages).sort()).toEqual(englishKeys)
        for (const key of englishKeys) {
          const text = leaf(messages, key)
          expect(typeof text === 'string' && text.trim().length > 0, `${feature}.${key}`).toBe(true)
          expect(placeholders(text as string), `${feature}.${key}`).toEqual(placeholders(leaf(english, key) as string))
        }
      })
    }
  }
})

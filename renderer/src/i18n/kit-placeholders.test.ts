import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'vue/compiler-sfc'

/**
 * The component kit fills an empty box with its own words when a template gives none
 * ("Please Input", "Wprowadź dane", "Ввести"): generic, cut off in a narrow box, and not ours.
 * Every input of the kit in a template says what its placeholder is — a translated text, or
 * "" where the label beside it says enough. (tests/e2e/kit-texts.e2e.ts looks at the screens.)
 */

const sourceRoot = join(import.meta.dirname, '..')

/** Kit components that show a placeholder of their own, and the props that replace it. */
function placeholderProps(tag: string, type: string | undefined): string[] | null {
  switch (tag) {
    case 'NInput':
    case 'NInputNumber':
    case 'NSelect':
    case 'NTimePicker':
    case 'NAutoComplete':
    case 'NCascader':
    case 'NTreeSelect':
    case 'NMention':
      return ['placeholder']
    case 'NDatePicker':
      return type?.endsWith('range') ? ['start-placeholder', 'end-placeholder'] : ['placeholder']
    default:
      return null
  }
}

interface TemplateNode {
  type: number
  tag?: string
  loc: { start: { line: number } }
  props?: Array<{ type: number; name: string; value?: { content: string }; arg?: { content?: string } }>
  children?: TemplateNode[]
  branches?: TemplateNode[]
}

const ELEMENT = 1
const ATTRIBUTE = 6

function pascal(tag: string): string {
  return tag.includes('-') ? tag.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()) : tag
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}

/** Props given in the template, static or bound, in kebab-case. */
function givenProps(node: TemplateNode): Map<string, string | undefined> {
  const given = new Map<string, string | undefined>()
  for (const prop of node.props ?? []) {
    if (prop.type === ATTRIBUTE) given.set(kebab(prop.name), prop.value?.content)
    else if (prop.name === 'bind' && prop.arg?.content) given.set(kebab(prop.arg.content), undefined)
  }
  return given
}

function missingPlaceholders(node: TemplateNode, file: string, found: string[]): void {
  if (node.type === ELEMENT && node.tag) {
    const given = givenProps(node)
    const required = placeholderProps(pascal(node.tag), given.get('type'))
    const missing = required?.filter((name) => !given.has(name)) ?? []
    if (missing.length) found.push(`${file}:${node.loc.start.line} <${node.tag}> has no ${missing.join(', ')}`)
  }
  for (const child of [...(node.children ?? []), ...(node.branches ?? [])]) missingPlaceholders(child, file, found)
}

function vueFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return vueFiles(path)
    return entry.name.endsWith('.vue') ? [path] : []
  })
}

describe('the kit never shows its own placeholder', () => {
  it('every kit input in a template names its placeholder', () => {
    const found: string[] = []
    for (const path of vueFiles(sourceRoot)) {
      const { descriptor } = parse(readFileSync(path, 'utf8'), { filename: path })
      if (descriptor.template?.ast) missingPlaceholders(descriptor.template.ast as unknown as TemplateNode, relative(sourceRoot, path), found)
    }
    expect(found).toEqual([])
  })

  it('notices an input without one', () => {
    const { descriptor } = parse('<template><div><NInputNumber :value="1" /><n-date-picker type="daterange" start-placeholder="" /></div></template>')
    const found: string[] = []
    missingPlaceholders(descriptor.template!.ast as unknown as TemplateNode, 'Example.vue', found)
    expect(found).toEqual(['Example.vue:1 <NInputNumber> has no placeholder', 'Example.vue:1 <n-date-picker> has no end-placeholder'])
  })
})

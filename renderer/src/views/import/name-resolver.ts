import type { Id } from '@shared/domain/types'
import { foldHeader } from '@shared/import/header-words'

/**
 * Category and group names from the file → ids. A name already in the database (compared
 * without case or diacritics: "vip" is "VIP") is reused; a new one is created once, however
 * many rows name it. In the preview nothing is created: new names get stand-in ids and are
 * listed, so the user sees which categories the import will add.
 */
export class NameResolver {
  private readonly byName = new Map<string, Id>()
  readonly created: { id: Id; name: string }[] = []

  constructor(
    existing: readonly { id?: Id; name: string }[],
    private readonly create: (name: string) => Promise<Id>
  ) {
    for (const item of existing) if (item.id !== undefined) this.byName.set(foldHeader(item.name), item.id)
  }

  async ids(names: readonly string[]): Promise<Id[]> {
    const ids: Id[] = []
    for (const name of names) {
      const key = foldHeader(name)
      if (!key) continue
      let id = this.byName.get(key)
      if (id === undefined) {
        id = await this.create(name)
        this.byName.set(key, id)
        this.created.push({ id, name })
      }
      if (!ids.includes(id)) ids.push(id)
    }
    return ids
  }
}

/** Colours for categories an import creates, in turn (the category screen can change them). */
export const importedCategoryColours = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#0a7ea4', '#bc4c00', '#6e7781']

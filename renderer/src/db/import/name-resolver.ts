import type { Id } from '@shared/domain/types'
import { foldHeader } from '@shared/import/header-words'

/**
 * Category and group names from the file → ids. A name already in the database (compared
 * without case or diacritics: "vip" is "VIP") is reused; a new one is created once, however
 * many rows name it. Names of a chunk are prepared together (one write for all new ones),
 * then each row's names resolve synchronously: the import's transaction never waits on
 * anything but IndexedDB. In the preview nothing is created: new names get stand-in ids.
 */
export class NameResolver {
  private readonly byName = new Map<string, Id>()
  readonly created: { id: Id; name: string }[] = []

  constructor(
    existing: readonly { id?: Id; name: string }[],
    /** Creates these names (in order) and gives their ids; a Dexie promise inside a transaction. */
    private readonly create: (names: string[]) => PromiseLike<Id[]>
  ) {
    for (const item of existing) if (item.id !== undefined) this.byName.set(foldHeader(item.name), item.id)
  }

  /** The names of these rows not known yet, each once (first spelling wins). */
  private missing(lists: readonly (readonly string[])[]): string[] {
    const seen = new Map<string, string>()
    for (const names of lists) {
      for (const name of names) {
        const key = foldHeader(name)
        if (key && !this.byName.has(key) && !seen.has(key)) seen.set(key, name)
      }
    }
    return [...seen.values()]
  }

  /** Creates the new names of a chunk; null when there are none (nothing to wait for). */
  prepare(lists: readonly (readonly string[])[]): PromiseLike<void> | null {
    const names = this.missing(lists)
    if (names.length === 0) return null
    return this.create(names).then((ids) => {
      names.forEach((name, index) => {
        this.byName.set(foldHeader(name), ids[index])
        this.created.push({ id: ids[index], name })
      })
    })
  }

  /** Ids of names already prepared (unknown names are left out). */
  ids(names: readonly string[]): Id[] {
    const ids: Id[] = []
    for (const name of names) {
      const id = this.byName.get(foldHeader(name))
      if (id !== undefined && !ids.includes(id)) ids.push(id)
    }
    return ids
  }
}

/** Colours for categories an import creates, in turn (the category screen can change them). */
export const importedCategoryColours = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#0a7ea4', '#bc4c00', '#6e7781']

import { describe, expect, it } from 'vitest'
import { sortColumns } from '@shared/list/list-query'
import { freshDatabase } from '../test-support'
import { customerIndexOf } from './columns-index'

describe('the index of each sortable column', () => {
  it('is an index of the customers table', async () => {
    const db = await freshDatabase()
    const indexes = db.customers.schema.indexes.map((index) => index.name)
    for (const column of sortColumns) expect(indexes, column).toContain(customerIndexOf(column))
    db.close()
  })
})

import { describe, expect, it } from 'vitest'
import { datasetSourceFiles, datasetSourceHash } from './source-hash'

describe('the dataset source hash', () => {
  it('follows the loader into the generator, metric rules and search tokens', () => {
    const files = datasetSourceFiles()
    for (const file of ['renderer/src/db/demo-loader.ts', 'renderer/src/db/schema.ts', 'shared/demo/generate.ts', 'shared/domain/search-tokens.ts', 'shared/domain/metrics.ts']) {
      expect(files).toContain(file)
    }
  })

  it('does not follow imports used only as types (the Segment type of the schema)', () => {
    expect(datasetSourceFiles()).not.toContain('renderer/src/db/segment.ts')
  })

  it('is stable for the same sources', () => {
    expect(datasetSourceHash()).toMatch(/^[0-9a-f]{10}$/)
    expect(datasetSourceHash()).toBe(datasetSourceHash())
  })
})

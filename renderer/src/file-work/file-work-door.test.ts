import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { channelNames } from '@shared/ipc/contract'
import { fileWorkChannels } from './file-channels'

/**
 * Main's file work is reached only through renderer/src/file-work: ESLint refuses a file
 * channel called from anywhere else (eslint.config.js, "fileWorkRestrictions"), and the lint
 * rule's pattern and file-channels.ts's table name the same channels.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function refusals(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message)
}

const header = "import { callMain } from '@renderer/ipc'\n"

describe('main’s file work only through the checked path', () => {
  it('is refused when a view calls a file channel, passes callMain on, or names the bridge', async () => {
    const view = 'renderer/src/views/customer-list/sneaky.ts'
    for (const channel of Object.keys(fileWorkChannels)) {
      expect([channel, (await refusals(`${header}export const go = () => callMain('${channel}', {} as never)\n`, view)).length]).toEqual([channel, 1])
    }
    expect(await refusals(`${header}export const go = (channel: 'export:begin') => callMain(channel, {} as never)\n`, view)).toHaveLength(1)
    expect(await refusals(`${header}export const main = callMain\n`, view)).toHaveLength(1)
    expect(await refusals(`${header}declare function run(call: unknown): void\nrun(callMain)\n`, view)).toHaveLength(1)
    expect(await refusals('export const bridge = window.regulars\n', view)).toHaveLength(1)
  }, 120_000)

  it('lets a view call main for what is not file work, and file-work/ call any channel', async () => {
    expect(await refusals(`${header}export const go = () => [callMain('app:info', {}), callMain('backup:status', {}), callMain('backup:disk-encryption', {})]\n`, 'renderer/src/views/settings/x.ts')).toEqual([])
    expect(await refusals(`${header}export const go = () => callMain('export:begin', {} as never)\n`, 'renderer/src/file-work/x.ts')).toEqual([])
  }, 120_000)

  it('lists in file-channels.ts exactly the channels the lint rule keeps to file-work/', () => {
    const pattern = /^((export|print|import|restore):|clipboard:write-text$|backup:(?!(status|disk-encryption)$))/
    const matched = channelNames.filter((channel) => pattern.test(channel)).sort()
    expect(Object.keys(fileWorkChannels).sort()).toEqual(matched)
  })
})

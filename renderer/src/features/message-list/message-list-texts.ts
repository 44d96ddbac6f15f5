import { placeholderKeys, placeholderNames, type PlaceholderKey } from '@shared/messages/placeholders'
import { appDb, getDataSettings, listStores } from '@renderer/db'
import type { MessageListTexts } from './message-list-run'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The placeholders' names in the UI language ("imię"), as the dialog inserts them. */
export function localPlaceholderNames(t: Translate): Record<PlaceholderKey, string> {
  return Object.fromEntries(placeholderKeys.map((key) => [key, t(`messageList.placeholders.${key}`)])) as Record<PlaceholderKey, string>
}

/** What a message list needs in the UI language, read once: who acts, the stores' names, the file's words. */
export async function buildMessageListTexts(t: Translate, locale: string): Promise<MessageListTexts> {
  const db = appDb()
  const [settings, stores] = await Promise.all([getDataSettings(db), listStores(db)])
  const names = new Map(stores.map((store) => [store.id!, store.name]))
  const firstStore = stores[0]?.name ?? ''
  return {
    locale,
    staffName: settings.staffName,
    fileBaseNames: { sms: t('messageList.fileNames.sms'), email: t('messageList.fileNames.email') },
    fileTypeName: t('messageList.fileType'),
    title: t('messageList.fileTitle'),
    placeholderNames: placeholderNames(localPlaceholderNames(t)),
    storeName: (homeStoreId) => (homeStoreId ? names.get(homeStoreId) : undefined) ?? firstStore
  }
}

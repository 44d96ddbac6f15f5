import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { appDb, keepFiguresCurrent, keepSearchTokensRefreshed, listEngine, loadActiveDatabaseName, removeInactiveDatabases, scrubPendingFreedValues, setSystemLocale } from './db'
import { startAutomaticBackups } from './features/backup/automatic-backups'
import { startDailyRulesPass } from './features/rules/rules-pass-runner'
import { callMain } from './ipc'
import { prefetchCustomersView, router } from './router'
import { useUiSettings } from './stores/ui-settings'
import { useSession } from './stores/session'
import './styles/base.css'

async function start(): Promise<void> {
  // Which database holds the customers (a restore switches it) must be known before the first read.
  await loadActiveDatabaseName()
  const pinia = createPinia()
  const app = createApp(App).use(pinia)
  const info = await callMain('app:info', {}).catch(() => null)
  // Phone numbers without "+" are read as the system's country until the stores or the manager say otherwise.
  setSystemLocale(info?.locale)
  const locale = useUiSettings(pinia).effectiveLocale(info?.locale ?? navigator.language)
  app.use(createAppI18n(locale)).use(router)
  await router.isReady()
  // Set up or not decides the first screen (the owner's set-up, or locked) and locks the data layer.
  await useSession(pinia).start()
  app.mount('#app')
  // Bookings whose time has come count from now on: their customers' figures follow by themselves.
  keepFiguresCurrent(appDb())
  // Customers saved before an e-mail's domain was searchable get its tokens, chunk by chunk, yielding to the list.
  keepSearchTokensRefreshed(appDb(), { idle: listEngine().idle })
  // The database a restore replaced, or a restore's unfinished one after a crash, goes now.
  void removeInactiveDatabases().catch(() => undefined)
  // Erased or deleted values a closed or killed app had not yet scrubbed from the files.
  void scrubPendingFreedValues()
  startAutomaticBackups()
  // Rules that depend on time ("not seen for 60 days") are put to every customer once a day, in the background.
  startDailyRulesPass()
  // Started on another screen (import, settings): the list's code is ready before the desk clicks.
  if (router.currentRoute.value.name !== 'customers') setTimeout(prefetchCustomersView, 1_000)
}

void start()

import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { callMain } from './ipc'
import { router } from './router'
import { useUiSettings } from './stores/ui-settings'
import './styles/base.css'

async function start(): Promise<void> {
  const pinia = createPinia()
  const app = createApp(App).use(pinia)
  const info = await callMain('app:info', {}).catch(() => null)
  const locale = useUiSettings(pinia).effectiveLocale(info?.locale ?? navigator.language)
  app.use(createAppI18n(locale)).use(router)
  await router.isReady()
  app.mount('#app')
}

void start()

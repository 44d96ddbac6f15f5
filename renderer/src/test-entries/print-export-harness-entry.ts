import { createApp, h } from 'vue'
import { NConfigProvider, NDialogProvider, NMessageProvider } from 'naive-ui'
import { createAppI18n } from '../i18n'
import { isSupportedLocale } from '../i18n/locales'
import PrintExportHarness from './PrintExportHarness.vue'

// Installed into the app's page by end-to-end tests only (tests/host/print-export-harness.ts
// bundles this file on its own); nothing in the app imports it, so it never ships. It mounts
// the real export and print composables with the same providers the app has, in the language
// the app shows, and exposes them as window.__regularsHarness.
const language = document.documentElement.lang
const host = document.createElement('div')
host.id = 'regulars-test-harness'
document.body.appendChild(host)
createApp({
  render: () => h(NConfigProvider, null, () => h(NMessageProvider, { placement: 'bottom-right' }, () => h(NDialogProvider, null, () => h(PrintExportHarness))))
})
  .use(createAppI18n(isSupportedLocale(language) ? language : 'en'))
  .mount(host)

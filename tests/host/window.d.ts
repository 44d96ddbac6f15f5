import type { RegularsBridge } from '../../shared/ipc/contract'

// What the test host installs in the page, as the preload does in the app.
declare global {
  interface Window {
    regulars: RegularsBridge
  }
}

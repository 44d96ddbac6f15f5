/// <reference types="vite/client" />
import type { RegularsBridge } from '@shared/ipc/contract'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare global {
  interface Window {
    /** Exposed by the preload (or the test host); built from the IPC contract. */
    regulars: RegularsBridge
  }
}

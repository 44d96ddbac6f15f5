import { contextBridge, ipcRenderer } from 'electron'
import { buildBridge } from '@shared/ipc/bridge'
import { bridgeGlobalName } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'

// The only place the renderer's side touches ipcRenderer: one function per contract channel.
contextBridge.exposeInMainWorld(
  bridgeGlobalName,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>)
)

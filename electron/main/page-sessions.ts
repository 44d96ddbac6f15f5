/**
 * A window's page owns the export and import sessions it started in main; when the page goes
 * — reloaded, crashed, closed — nothing will finish or cancel them, so main ends them. Typed
 * by the events alone, so a test drives it with a plain EventEmitter.
 */
export type PageEvents = Pick<NodeJS.EventEmitter, 'on'>

/** What Electron passes with 'did-start-navigation' (the parts this needs). */
interface NavigationDetails {
  isMainFrame?: boolean
  isSameDocument?: boolean
}

export function endSessionsWhenPageGoes(contents: PageEvents, endSessions: () => Promise<void>, log: (error: unknown) => void = console.error): void {
  const end = () => void endSessions().catch(log)
  contents.on('did-start-navigation', (details: NavigationDetails) => {
    // A reload or a new document in the window; a hash route change is the same document.
    if (details?.isMainFrame && !details.isSameDocument) end()
  })
  contents.on('render-process-gone', end)
  contents.on('destroyed', end)
}

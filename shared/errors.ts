/**
 * An error that carries a stable code across IPC. The renderer translates the code
 * (`errors.<code>` in the locale files); the message is only for logs.
 */
export class AppError extends Error {
  readonly code: string
  readonly details?: unknown

  constructor(code: string, message?: string, details?: unknown) {
    super(message ?? code)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }
}

/** Codes every channel may answer with; services add their own (e.g. `export.disk-full`). */
export const ipcErrorCodes = {
  invalidInput: 'ipc.invalid-input',
  unknownChannel: 'ipc.unknown-channel',
  forbiddenSender: 'ipc.forbidden-sender',
  internal: 'ipc.internal'
} as const

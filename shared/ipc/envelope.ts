import { AppError } from '../errors'

export interface IpcErrorBody {
  code: string
  message: string
  details?: unknown
}

/** What crosses IPC for every call: data or an error, never a thrown exception. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: IpcErrorBody }

export function okEnvelope<T>(data: T): Envelope<T> {
  return { ok: true, data }
}

export function errorEnvelope(code: string, message: string, details?: unknown): Envelope<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } }
}

/** Turns an envelope back into its data, or throws an AppError with the code. */
export function unwrapEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.data
  throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details)
}

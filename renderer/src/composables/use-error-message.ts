import { useI18n } from 'vue-i18n'
import { AppError } from '@shared/errors'

/**
 * Turns any thrown value into a sentence in the UI language. An AppError code
 * "<feature>.<name>" is translated by the key "<feature>.errors.<name>" in that feature's
 * message folder (e.g. "export.disk-full" → messages/export/*.json → errors.disk-full).
 */
export function errorMessageKey(code: unknown): string | null {
  if (typeof code !== 'string') return null
  const dot = code.indexOf('.')
  if (dot <= 0) return null
  return `${code.slice(0, dot)}.errors.${code.slice(dot + 1)}`
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The sentence for `error` with the given translator (the UI's, or a test's). */
export function translateError(error: unknown, t: Translate, te: (key: string) => boolean): string {
  const code = error instanceof AppError ? error.code : (error as { code?: unknown })?.code
  const key = errorMessageKey(code)
  if (!key || !te(key)) return t('app.errors.unknown')
  // A refusal names the right it needed, in the words of the staff settings' switches.
  const right = (error as { details?: { right?: unknown } })?.details?.right
  return typeof right === 'string' && te(`staff.rights.${right}`) ? t(key, { right: t(`staff.rights.${right}`) }) : t(key)
}

export function useErrorMessage() {
  const { t, te } = useI18n()
  return (error: unknown): string => translateError(error, t, te)
}

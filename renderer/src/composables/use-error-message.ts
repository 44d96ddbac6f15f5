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

export function useErrorMessage() {
  const { t, te } = useI18n()
  return (error: unknown): string => {
    const code = error instanceof AppError ? error.code : (error as { code?: unknown })?.code
    const key = errorMessageKey(code)
    if (key && te(key)) return t(key)
    return t('app.errors.unknown')
  }
}

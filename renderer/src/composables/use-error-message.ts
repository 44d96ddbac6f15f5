import { useI18n } from 'vue-i18n'
import { AppError } from '@shared/errors'

/** Turns any thrown value into a sentence in the UI language, by its AppError code. */
export function useErrorMessage() {
  const { t, te } = useI18n()
  return (error: unknown): string => {
    const code = error instanceof AppError ? error.code : (error as { code?: unknown })?.code
    if (typeof code === 'string' && te(`errors.${code}`)) return t(`errors.${code}`)
    return t('errors.unknown')
  }
}

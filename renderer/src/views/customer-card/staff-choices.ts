import { useI18n } from 'vue-i18n'
import type { StaffMember } from '@shared/domain/types'
import { THIS_PC } from '@renderer/db'

/** Shows the stored "this PC" (no staff profiles yet) in the UI language; names as they are. */
export function useStaffLabel(): (name: string) => string {
  const { t } = useI18n()
  return (name: string) => (name === THIS_PC ? t('card.thisPc') : name)
}

/**
 * Names the desk can pick as "who did it": the active staff when they exist (F23; inactive
 * people stay in history, not in the picker), else the name in Settings ("this PC" until
 * someone sets it). Any other name can be typed.
 */
export function staffChoices(staff: readonly StaffMember[], settingsName: string): string[] {
  const names = staff.filter((member) => member.active).map((member) => member.name)
  if (settingsName && settingsName !== THIS_PC && !names.includes(settingsName)) names.unshift(settingsName)
  if (names.length === 0) names.push(settingsName || THIS_PC)
  return names
}

/**
 * Who served, before the desk picks: the signed-in person; before the owner's set-up, the name
 * in Settings (none while it is still "this PC").
 */
export function defaultStaffName(signedInName: string | undefined, settingsName: string): string {
  if (signedInName) return signedInName
  return settingsName === THIS_PC ? '' : settingsName
}

import { useI18n } from 'vue-i18n'
import { isBuiltInRole, type CustomRole, type RoleId } from '@shared/staff/rights'

/** A role's name as people read it: a built-in one in the UI language, a custom one as the owner named it. */
export function useRoleName(): (roleId: RoleId, customRoles: readonly CustomRole[]) => string {
  const { t } = useI18n()
  return (roleId, customRoles) => {
    if (isBuiltInRole(roleId)) return t(`staff.roles.${roleId}`)
    return customRoles.find((role) => role.id === roleId)?.name ?? t('staffsettings.roles.gone')
  }
}

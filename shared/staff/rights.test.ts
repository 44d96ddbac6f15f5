import { describe, expect, it } from 'vitest'
import { builtInRoleRights, copyRole, rights, rightsOfRole, withRight, type CustomRole } from './rights'

describe('roles and rights', () => {
  it('gives the owner every right, the manager all but staff and backups, the front desk contacts and consents', () => {
    expect([...rightsOfRole('owner', [])]).toEqual([...rights])
    expect([...rightsOfRole('manager', [])].sort()).toEqual(rights.filter((r) => r !== 'manage-staff' && r !== 'backup-restore').sort())
    expect([...rightsOfRole('front-desk', [])].sort()).toEqual(['edit-consents', 'see-contacts'])
  })

  it('copies a role into a custom one that can then be switched right by right', () => {
    const copy = copyRole('front-desk', 'Senior desk', [])
    expect(copy).toEqual({ name: 'Senior desk', rights: ['see-contacts', 'edit-consents'] })
    const edited: CustomRole = { ...withRight(copy, 'export-print', true), id: 7 }
    expect(edited.rights).toEqual(['see-contacts', 'export-print', 'edit-consents'])
    expect(rightsOfRole(7, [edited]).has('export-print')).toBe(true)
    expect(rightsOfRole(7, [withRight(edited, 'see-contacts', false)]).has('see-contacts')).toBe(false)
    expect(copyRole(7, 'Copy of a copy', [edited]).rights).toEqual(edited.rights)
  })

  it('grants nothing through a custom role that is gone or holds a right that no longer exists', () => {
    expect(rightsOfRole(99, []).size).toBe(0)
    expect([...rightsOfRole(3, [{ id: 3, name: 'Old', rights: ['print-labels' as never, 'block'] }])]).toEqual(['block'])
  })

  it('keeps the built-in roles separate: editing a copy never changes them', () => {
    withRight(copyRole('manager', 'x', []), 'delete', false)
    expect(builtInRoleRights.manager).toContain('delete')
  })
})

import { onMounted, ref, type Ref } from 'vue'
import { appDb, signedInPerson } from '@renderer/db'

/**
 * Whether the signed-in person may manage staff: the staff and roles sections show only then
 * (comfort — the data layer refuses the rest). Before the owner's set-up nobody is signed in
 * and the set-up comes first, so they stay hidden.
 */
export function useMayManageStaff(): Ref<boolean> {
  const may = ref(false)
  onMounted(async () => {
    const me = await signedInPerson(appDb()).catch(() => null)
    may.value = me?.rights.includes('manage-staff') ?? false
  })
  return may
}

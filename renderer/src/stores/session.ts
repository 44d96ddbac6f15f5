import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import type { Id } from '@shared/domain/types'
import type { Right } from '@shared/staff/rights'
import { accessIsSetUp, appDb, DEFAULT_LOCK_MINUTES, getLockAfterMinutes, resetOwnerPin, setUpOwner, signIn, signOut, signedInPerson, type PinResult } from '@renderer/db'

/**
 * Where the desk is: finding out (start), the owner's set-up, the recovery code shown once,
 * locked, or open for the signed-in person.
 */
export type DeskPhase = 'starting' | 'set-up' | 'recovery-code' | 'locked' | 'open'

export type SignedInPerson = NonNullable<Awaited<ReturnType<typeof signedInPerson>>>

/**
 * The signed-in person as the UI shows them, mirrored from the data layer's session. Screens
 * hide what the person may not do for comfort only: the data layer refuses it anyway.
 */
export const useSession = defineStore('session', () => {
  const phase = ref<DeskPhase>('starting')
  const person = shallowRef<SignedInPerson | null>(null)
  /** Shown once after the set-up or a reset, then forgotten: only its hash is kept. */
  const recoveryCode = ref<string | null>(null)
  /** Per PC: the lock screen preselects whoever signed in last at this desk. */
  const lastSignedInId = useLocalStorage<number | null>('regulars.lastSignedIn', null)
  /** The idle lock's limit (Settings), read at each sign-in and changed by the settings' section. */
  const lockAfterMinutes = ref(DEFAULT_LOCK_MINUTES)

  const rights = computed<ReadonlySet<Right>>(() => new Set(person.value?.rights ?? []))

  /** On app start: the set-up if no owner with a PIN exists yet, otherwise the lock screen. */
  async function start(): Promise<void> {
    const setUp = await accessIsSetUp(appDb())
    person.value = null
    phase.value = setUp ? 'locked' : 'set-up'
  }

  async function setUp(name: string, pin: string): Promise<void> {
    const { recoveryCode: code } = await setUpOwner(appDb(), { name, pin })
    await refreshPerson()
    recoveryCode.value = code
    phase.value = 'recovery-code'
  }

  /** After the person confirmed they wrote the code down: into the app, signed in. */
  function codeWrittenDown(): void {
    recoveryCode.value = null
    phase.value = person.value ? 'open' : 'locked'
  }

  async function enter(staffId: Id, pin: string): Promise<PinResult> {
    const result = await signIn(appDb(), staffId, pin)
    if (result.ok) {
      await refreshPerson()
      phase.value = 'open'
    }
    return result
  }

  /** A forgotten owner PIN: the code sets a new PIN; the new code is shown once, as at the set-up. */
  async function resetPin(ownerId: Id, code: string, newPin: string): Promise<PinResult> {
    const result = await resetOwnerPin(appDb(), ownerId, code, newPin)
    if (!result.ok) return result
    await refreshPerson()
    recoveryCode.value = result.recoveryCode ?? null
    phase.value = recoveryCode.value ? 'recovery-code' : 'open'
    return { ok: true }
  }

  /** Locks the desk: the data layer first, so nothing is read or written for anyone meanwhile. */
  function lock(): void {
    if (phase.value !== 'open') return
    signOut(appDb())
    person.value = null
    phase.value = 'locked'
  }

  async function refreshPerson(): Promise<void> {
    const [signedIn, minutes] = await Promise.all([signedInPerson(appDb()), getLockAfterMinutes(appDb())])
    person.value = signedIn
    lockAfterMinutes.value = minutes
    if (signedIn) lastSignedInId.value = signedIn.id
  }

  return { phase, person, rights, recoveryCode, lastSignedInId, lockAfterMinutes, start, setUp, codeWrittenDown, enter, resetPin, lock, refreshPerson }
})

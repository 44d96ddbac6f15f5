import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * The quick search box in the frame: what the desk typed (the customer list reads it), and
 * the state that lets the desk work the results from the box with the keyboard.
 */
export const useQuickSearch = defineStore('quick-search', () => {
  const query = ref('')
  /** Where the desk was when typing took it to the list: Esc goes back there. */
  const returnTo = ref<string | null>(null)
  /** The box has the focus: the list marks the row Enter would open. */
  const focused = ref(false)
  /** The position in the results ↑/↓ moved to (the first by default); Enter opens it. */
  const highlight = ref(0)
  /** The DOM id of that row while it is drawn: the box's aria-activedescendant. */
  const activeRowId = ref<string | undefined>(undefined)
  return { query, returnTo, focused, highlight, activeRowId }
})

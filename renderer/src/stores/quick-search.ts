import { defineStore } from 'pinia'
import { ref } from 'vue'

/** What the desk typed into the quick search box in the frame; the customer list reads it. */
export const useQuickSearch = defineStore('quick-search', () => {
  const query = ref('')
  return { query }
})

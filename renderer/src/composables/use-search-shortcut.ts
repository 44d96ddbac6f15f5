import { onBeforeUnmount, onMounted, type Ref } from 'vue'

/**
 * `/` (outside a text field) or Ctrl+K / Cmd+K anywhere focuses the quick search, so the
 * desk can start typing a name the moment the phone rings. The screen stays until they type
 * (use-quick-search-box.ts).
 */
export function useSearchShortcut(target: Ref<HTMLInputElement | null>): void {
  function isTyping(element: EventTarget | null): boolean {
    if (!(element instanceof HTMLElement)) return false
    return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)
  }

  function onKeydown(event: KeyboardEvent): void {
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)
    if (!ctrlK && !slash) return
    event.preventDefault()
    target.value?.focus()
    target.value?.select()
  }

  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}

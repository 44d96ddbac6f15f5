/**
 * Drafts of customer forms the desk left by typing into the search box, by the form's path:
 * Esc in the box (or opening the same form again) brings the draft back. Held for this
 * session only — the page's memory, like the form itself.
 */
const kept = new Map<string, string>()

export function keepDraft(path: string, draft: unknown): void {
  kept.set(path, JSON.stringify(draft))
}

/** The draft kept for this form, once (it is the form's again). */
export function takeDraft<T>(path: string): T | undefined {
  const draft = kept.get(path)
  kept.delete(path)
  return draft === undefined ? undefined : (JSON.parse(draft) as T)
}

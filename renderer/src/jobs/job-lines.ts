/**
 * How JobProgressPanel words a job's progress: a message key per phase (`default` for work
 * without phases or a phase not listed), and optionally `cancelling` for what Cancel does
 * while it works ("Cancelling and removing what was loaded…").
 *
 *   { customers: 'export.progress.customers', orders: 'export.progress.orders', finishing: 'export.progress.finishing' }
 *
 * The message may name {done}, {total} and every count of the progress ({orders}); the panel
 * fills them in as numbers of the UI's locale and picks the plural form by `done`.
 */
export type JobLines = Readonly<{ default?: string; cancelling?: string } & Record<string, string | undefined>>

// Main's file work (export, print, import, manual backups, restore), reached only through the
// check of the signed-in person's right: see file-channels.ts.
export { callFileWork } from './call-file-work'
export { fileWorkChannels, type FileWorkChannel } from './file-channels'
export { printOwnSheet } from './print-own-sheet'

// `node --import ./register-electron-stand-in.mjs …`: every import of `electron` gets the stand-in.
import { register } from 'node:module'

register('./electron-stand-in-hooks.mjs', import.meta.url)

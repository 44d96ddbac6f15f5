import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

// Raw IPC lives in exactly two files: main's handle() wrapper and the preload.
const rawIpcAllowed = ['electron/main/ipc/handle.ts', 'electron/preload/index.ts']

const ipcRestrictions = {
  imports: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Raw IPC only in electron/main/ipc/handle.ts and electron/preload/index.ts; use the contract.'
    }
  ],
  patterns: [],
  syntax: [
    {
      selector: "MemberExpression[property.name=/^ipc(Main|Renderer)$/]",
      message: 'Raw IPC only in electron/main/ipc/handle.ts and electron/preload/index.ts; use the contract.'
    }
  ]
}

// The database has one door, renderer/src/db: only there (and in tests and the test-only page
// entries) may code name a table, open a transaction, watch a table or hold the Dexie class,
// so that what db/ checks for every read and write cannot be gone around.
const dataLayerAllowed = ['renderer/src/db/**', 'renderer/src/test-entries/**', 'tests/**', '**/*.test.ts']
const tableNames = 'customers|orders|openBookings|customerStoreStats|stores|categories|groups|staff|segments|consentEvents|audit|settings'
const dataDoor = 'Tables only in renderer/src/db: call a function that @renderer/db exports (add one there if needed).'
const dataRestrictions = {
  imports: [{ name: 'dexie', message: dataDoor }],
  patterns: [
    {
      group: ['@renderer/db/*', '!@renderer/db/undo', '**/db/*', '!**/db/undo'],
      message: 'Import the data layer from @renderer/db (its public surface), not a file inside it.'
    }
  ],
  syntax: [
    { selector: `MemberExpression[object.type='CallExpression'][object.callee.name='appDb'][property.name=/^(${tableNames}|transaction|table|tables)$/]`, message: dataDoor },
    { selector: `MemberExpression[object.name=/^(db|database)$/][property.name=/^(${tableNames}|transaction|table|tables)$/]`, message: dataDoor },
    { selector: "VariableDeclarator[init.callee.name='appDb'] > ObjectPattern", message: dataDoor },
    { selector: "CallExpression[callee.name='liveQuery']", message: dataDoor }
  ]
}

function restrictions(...sets) {
  return {
    'no-restricted-imports': ['error', { paths: sets.flatMap((set) => set.imports), patterns: sets.flatMap((set) => set.patterns ?? []) }],
    'no-restricted-syntax': ['error', ...sets.flatMap((set) => set.syntax)]
  }
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/artifacts/**', 'tests/bench/cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  // Outside those two files: no raw IPC. Outside the data layer: no tables.
  { ignores: [...rawIpcAllowed, ...dataLayerAllowed], rules: restrictions(ipcRestrictions, dataRestrictions) },
  { files: dataLayerAllowed, ignores: rawIpcAllowed, rules: restrictions(ipcRestrictions, { imports: [], syntax: [] }) }
)

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

// Main's file work (export, print, import, manual backups and restore) is reached only through
// renderer/src/file-work, which checks the signed-in person's right first (file-channels.ts
// there lists them). Elsewhere callMain takes a literal channel that is not file work, and is
// not handed on as a value (which would let a file channel through unseen).
const fileWorkAllowed = ['renderer/src/file-work/**', 'renderer/src/ipc.ts']
const fileWorkChannel = '/^((export|print|import|restore):|clipboard:write-text$|backup:(?!(status|disk-encryption)$))/'
const fileWorkDoor = "Main's file work only through callFileWork (@renderer/file-work), which checks the right first."
const fileWorkRestrictions = {
  imports: [],
  syntax: [
    { selector: `CallExpression[callee.name='callMain'] > Literal.arguments:first-child[value=${fileWorkChannel}]`, message: fileWorkDoor },
    { selector: "CallExpression[callee.name='callMain'] > :not(Literal).arguments:first-child", message: fileWorkDoor },
    { selector: "CallExpression > Identifier.arguments[name='callMain']", message: fileWorkDoor },
    { selector: ':matches(VariableDeclarator > Identifier.init, Property > Identifier.value, ArrayExpression > Identifier)[name="callMain"]', message: fileWorkDoor },
    { selector: "MemberExpression[object.name='window'][property.name='regulars']", message: fileWorkDoor }
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
  { ignores: [...rawIpcAllowed, ...dataLayerAllowed], rules: restrictions(ipcRestrictions, dataRestrictions, fileWorkRestrictions) },
  { files: fileWorkAllowed, rules: restrictions(ipcRestrictions, dataRestrictions) },
  { files: dataLayerAllowed, ignores: rawIpcAllowed, rules: restrictions(ipcRestrictions, { imports: [], syntax: [] }) }
)

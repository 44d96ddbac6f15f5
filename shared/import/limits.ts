/**
 * What an import accepts. Generous for any real customer list (Excel itself stops at
 * 1 048 576 rows and 32 767 characters a cell), tight enough that a broken or hostile file is
 * refused with a clear message instead of filling the memory of the front-desk PC.
 */
export const importLimits = {
  /** Size of the file on disk. */
  maxFileBytes: 300 * 1024 * 1024,
  /** Data rows (a spreadsheet has at most 1 048 576). */
  maxRows: 1_048_576,
  /** Columns in use; customer lists have a few dozen (an Outlook export ~90). */
  maxColumns: 1_000,
  /** One cell: Excel's own limit. */
  maxCellChars: 32_767,
  /** All the text of the file kept for the preview and the import, in characters. */
  maxTotalChars: 200_000_000,
  /** An .xlsx part unpacked (the sheet's XML; a zip bomb is refused by this). */
  maxXmlPartBytes: 2 * 1024 * 1024 * 1024,
  /** The shared-strings part unpacked: it is kept in memory while the sheet is read. */
  maxSharedStringsBytes: 400 * 1024 * 1024,
  /** A worksheet's name (Excel allows 31 characters) and the sheets of a workbook. */
  maxSheetNameChars: 200,
  maxSheets: 1_000,
  /** Rows the renderer may pull in one `import:rows` call. */
  maxRowsPerPull: 5_000
} as const

/** The encodings a CSV/TXT may be read in; 'auto' detects. */
export const importEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1250', 'windows-1251', 'windows-1252'] as const
export type ImportEncoding = (typeof importEncodings)[number]

/** Field separators a CSV/TXT may use. */
export const importDelimiters = [',', ';', '\t', '|'] as const
export type ImportDelimiter = (typeof importDelimiters)[number]

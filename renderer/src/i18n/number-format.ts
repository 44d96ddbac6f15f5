/**
 * Every number the app shows, formatted for the UI language with its digits always grouped.
 * Polish and Bulgarian CLDR data leave a 4-digit number ungrouped ("2000" beside "12 000"),
 * which in a column or a summary reads as another kind of number (a year, a code); the other
 * languages of the app group it already. A Polish manager writes "2 000 zł", as the README does.
 */
export function numberFormat(locale: string | string[], options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { useGrouping: 'always', ...options })
}

/**
 * The rows of the import benchmark's workbook (12 columns): realistic Polish/Czech/Ukrainian
 * names, every phone and e-mail unique, phones typed as numbers, real date cells. Shared by
 * the file writer (Node) and the bare baseline (in the page), so both handle the same rows.
 */
export const importColumns = ['Imię', 'Nazwisko', 'Telefon', 'E-mail', 'Data urodzenia', 'Ulica', 'Kod pocztowy', 'Miasto', 'Uwagi', 'Zgoda SMS', 'Rabat', 'Klient od']

const firstNames = ['Anna', 'Maria', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Zofia', 'Łucja', 'Jiří', 'Olena', 'Іван', 'Élodie']
const lastNames = ['Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Woźniak', 'Dvořák', 'Шевченко', 'Petrov', 'Dubois']
const cities = ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk', 'Praha', 'Київ', 'Sofia', 'Lyon']

/** One generated row: realistic values, every phone and e-mail unique, a date cell, a phone typed as a number. */
export function importRow(index: number): (string | number | Date | null)[] {
  const first = firstNames[index % firstNames.length]
  const last = lastNames[(index * 7) % lastNames.length]
  return [
    first,
    last,
    500_000_000 + index, // a Polish mobile Excel turned into a number
    `${first.toLowerCase()}.${index}@example.pl`.normalize('NFD').replace(/\p{M}/gu, ''),
    new Date(Date.UTC(1950 + (index % 50), index % 12, 1 + (index % 28))),
    `ul. Długa ${1 + (index % 200)}`,
    `${String(10 + (index % 89)).padStart(2, '0')}-${String(index % 1000).padStart(3, '0')}`,
    cities[index % cities.length],
    index % 5 === 0 ? 'Woli poranne wizyty, farba bez amoniaku' : null,
    index % 3 === 0 ? 'tak' : 'nie',
    index % 10 === 0 ? '10%' : null,
    new Date(Date.UTC(2015 + (index % 9), index % 12, 1 + (index % 27), 10, 30))
  ]
}

import { headerWords } from './header-words'
import type { NameOrder } from './split-name'

/**
 * Which name a full-name column's header says comes first. "Nazwisko i imię", "Příjmení a
 * jméno", "Прізвище та ім'я", "Фамилия и име", "Nom et prénom", "Last name, First name" hold
 * "Kowalska Anna"; "Imię i nazwisko", "Name" hold "Anna Kowalska". The header decides only when
 * it names both parts (French "Nom du client" is the whole name, not the surname) or is one of
 * the initialisms that list the surname first (ПІБ, ФИО).
 */

const surnameWords = new Set(['nazwisko', 'prijmeni', 'прізвище', 'фамилия', 'фамилно', 'nom', 'last', 'surname', 'family', 'familienname', 'nachname'])
const firstNameWords = new Set(['imie', 'imię', 'jmeno', 'імя', 'име', 'имя', 'prenom', 'first', 'given', 'forename', 'vorname'])
const surnameFirstInitialisms = new Set(['піб', 'фио', 'фіо', 'пиб'])

export function headerNameOrder(header: string): NameOrder {
  const words = headerWords(header)
  if (words.some((word) => surnameFirstInitialisms.has(word))) return 'surname-first'
  const surname = words.findIndex((word) => surnameWords.has(word))
  const firstName = words.findIndex((word) => firstNameWords.has(word))
  return surname !== -1 && firstName !== -1 && surname < firstName ? 'surname-first' : 'first-name-first'
}

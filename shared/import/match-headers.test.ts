import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { guessColumnTargets, matchHeader } from './match-headers'
import { headerSynonyms } from './header-synonyms'
import { multiColumnFields, type ColumnTarget } from './fields'
import { headerWords } from './header-words'

const targets = (headers: string[], samples: (string | null)[][] = []): ColumnTarget[] =>
  guessColumnTargets(headers, samples).map((guess) => guess.target)

describe('matching one header', () => {
  it.each([
    ['First Name', 'firstName'],
    ['Imię', 'firstName'],
    ['Jméno', 'firstName'],
    ["Ім'я", 'firstName'],
    ['Prénom', 'firstName'],
    ['Име', 'firstName'],
    ['Nazwisko', 'lastName'],
    ['Příjmení', 'lastName'],
    ['Прізвище', 'lastName'],
    ['Nom de famille', 'lastName'],
    ['Фамилия', 'lastName'],
    ['Imię i nazwisko', 'fullName'],
    ['ПІБ', 'fullName'],
    ['Nom complet', 'fullName'],
    ['Име и фамилия', 'fullName'],
    ['Numer telefonu', 'phone'],
    ['Telefonní číslo', 'phone'],
    ['Номер телефону', 'phone'],
    ['Téléphone portable', 'phone'],
    ['Мобилен телефон', 'phone'],
    ['E-mail', 'email'],
    ['Adres e-mail', 'email'],
    ['Adresse e-mail', 'email'],
    ['Електронна пошта', 'email'],
    ['Имейл', 'email'],
    ['Kod pocztowy', 'postalCode'],
    ['PSČ', 'postalCode'],
    ['Code postal', 'postalCode'],
    ['Miejscowość', 'city'],
    ['Data urodzenia', 'birthday'],
    ['Datum narození', 'birthday'],
    ['Дата народження', 'birthday'],
    ['Date de naissance', 'birthday'],
    ['Дата на раждане', 'birthday'],
    ['Numer karty', 'cardNumber'],
    ['Uwagi', 'notes'],
    ['Alergie', 'allergies'],
    ['Stały rabat', 'discount'],
    ['Sleva', 'discount'],
    ['Zgoda na newsletter', 'consentEmail'],
    ['Zgoda SMS', 'consentSms'],
    ['Zgoda marketingowa', 'consentMarketing'],
    ['Data utworzenia konta', 'createdAt'],
    ['Kategorie', 'category'],
    ['Skupina zákazníků', 'group'],
    ['Typ klienta', 'type'],
    ['Blokada', 'blocked']
  ] as const)('%s → %s in the six UI languages', (header, field) => {
    expect(matchHeader(header).target).toBe(field)
  })

  it.each([
    ['Skąd nas znasz', 'referralSource'],
    ['Skąd nas znasz?', 'referralSource'],
    ['Źródło klienta', 'referralSource'],
    ['Jak jste se o nás dozvěděli', 'referralSource'],
    ['Як дізналися про нас', 'referralSource'],
    ['Comment nous avez-vous connus ?', 'referralSource'],
    ['Откъде научихте за нас', 'referralSource'],
    ['Откуда узнали', 'referralSource'],
    ['Referral source', 'referralSource'],
    ['Client Source', 'referralSource'],
    ['Source', 'referralSource'],
    ['How did you hear about us?', 'referralSource'],
    ['Lead Source', 'referralSource'],
    ['Acquisition channel', 'referralSource'],
    ['Creation Source', 'ignore']
  ] as const)('%s → %s: how the customer found the business, not how the record was created', (header, field) => {
    expect(matchHeader(header).target).toBe(field)
  })

  it('ignores case, diacritics, punctuation, camelCase, snake_case and numbering', () => {
    for (const header of ['EMAIL_ADDRESS', 'emailAddress', '  e-mail address: ', 'E‑Mail (2)', 'email_address_1']) {
      expect(matchHeader(header).target, header).toBe('email')
    }
    for (const header of ['PRIJMENI', 'prijmeni', 'Příjmení*', 'příjmení.']) expect(matchHeader(header).target, header).toBe('lastName')
    expect(matchHeader('Nr. telefonu').target).toBe('phone')
  })

  it('reads inflected forms of a known word', () => {
    expect(matchHeader('Telefonu klienta').target).toBe('phone')
    expect(matchHeader('E-mailová adresa zákazníka').target).toBe('email')
  })

  it('marks figures Regulars computes from visits as not imported, and says why', () => {
    for (const header of ['Total Spent', 'Liczba zamówień', 'Сума продажів', 'Valeur totale commandée', 'Last Visit']) {
      expect(matchHeader(header), header).toMatchObject({ target: 'ignore', calculated: true })
    }
  })

  it('leaves unknown headers unmapped', () => {
    expect(matchHeader('Ulubiony kolor włosów w zimie').target).toBe('ignore')
    expect(matchHeader('Xyzzy').target).toBe('ignore')
    expect(matchHeader('').target).toBe('ignore')
  })
})

describe('header names other systems export', () => {
  it('Shopify customers export', () => {
    const headers = ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Default Address Company', 'Default Address Address1',
      'Default Address Address2', 'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Default Address Zip',
      'Default Address Phone', 'Phone', 'Accepts SMS Marketing', 'Total Spent', 'Total Orders', 'Note', 'Tax Exempt', 'Tags']
    expect(targets(headers)).toEqual(['ignore', 'firstName', 'lastName', 'email', 'consentEmail', 'ignore', 'street', 'street', 'city', 'ignore',
      'country', 'postalCode', 'phone', 'phone', 'consentSms', 'ignore', 'ignore', 'notes', 'ignore', 'category'])
  })

  it('Mailchimp audience export', () => {
    const headers = ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'Birthday', 'MEMBER_RATING', 'OPTIN_TIME', 'OPTIN_IP',
      'CONFIRM_TIME', 'CONFIRM_IP', 'LATITUDE', 'LONGITUDE', 'GMTOFF', 'DSTOFF', 'TIMEZONE', 'CC', 'REGION', 'LAST_CHANGED', 'LEID', 'EUID', 'NOTES', 'TAGS']
    expect(targets(headers)).toEqual(['email', 'firstName', 'lastName', 'street', 'phone', 'birthday', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore',
      'ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'country', 'ignore', 'ignore', 'ignore', 'ignore', 'notes', 'category'])
  })

  it('Google Contacts CSV: the "Label" columns beside values are not phones or e-mails', () => {
    const headers = ['First Name', 'Middle Name', 'Last Name', 'Nickname', 'File As', 'Organization Name', 'Birthday', 'Notes', 'Labels',
      'E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label', 'Phone 2 - Value', 'Address 1 - Label',
      'Address 1 - Formatted', 'Address 1 - Street', 'Address 1 - City', 'Address 1 - PO Box', 'Address 1 - Region', 'Address 1 - Postal Code',
      'Address 1 - Country', 'Address 1 - Extended Address']
    expect(targets(headers)).toEqual(['firstName', 'ignore', 'lastName', 'ignore', 'ignore', 'ignore', 'birthday', 'notes', 'category', 'ignore',
      'email', 'ignore', 'phone', 'ignore', 'phone', 'ignore', 'ignore', 'street', 'city', 'ignore', 'ignore', 'postalCode', 'country', 'ignore'])
  })

  it('Google Contacts CSV (older): Name beside Given/Family Name is not used twice', () => {
    const guesses = guessColumnTargets(['Name', 'Given Name', 'Additional Name', 'Family Name', 'Group Membership', 'E-mail 1 - Type', 'E-mail 1 - Value'])
    expect(guesses.map((g) => g.target)).toEqual(['ignore', 'firstName', 'ignore', 'lastName', 'group', 'ignore', 'email'])
    expect(guesses[0].note).toBe('split-name-preferred')
  })

  it('Outlook CSV: home address, not the business one; fax and pager are not phones', () => {
    const headers = ['First Name', 'Middle Name', 'Last Name', 'Title', 'E-mail Address', 'E-mail Display Name', 'E-mail 2 Address', 'Home Phone',
      'Business Phone', 'Mobile Phone', 'Business Fax', 'Pager', 'Business Street', 'Business City', 'Business Postal Code', 'Home Street', 'Home City',
      'Home Postal Code', 'Home Country/Region', 'Birthday', 'Anniversary', 'Notes', 'Categories', 'Web Page']
    expect(targets(headers)).toEqual(['firstName', 'ignore', 'lastName', 'ignore', 'email', 'ignore', 'email', 'phone', 'phone', 'phone', 'ignore',
      'ignore', 'ignore', 'ignore', 'ignore', 'street', 'city', 'postalCode', 'country', 'birthday', 'ignore', 'notes', 'category', 'ignore'])
  })

  it('Square customer export', () => {
    const headers = ['Reference ID', 'First Name', 'Last Name', 'Email Address', 'Phone Number', 'Nickname', 'Company Name', 'Street Address 1',
      'Street Address 2', 'City', 'State', 'Postal Code', 'Birthday', 'Memo', 'Square Customer ID', 'Creation Source', 'First Visit', 'Last Visit',
      'Transaction Count', 'Total Spend', 'Email Subscription Status', 'Instant Profile']
    expect(targets(headers)).toEqual(['ignore', 'firstName', 'lastName', 'email', 'phone', 'ignore', 'ignore', 'street', 'street', 'city', 'ignore',
      'postalCode', 'birthday', 'notes', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'consentEmail', 'ignore'])
  })

  it('Fresha client export', () => {
    const headers = ['Client ID', 'First Name', 'Last Name', 'Full Name', 'Blocked', 'Block Reason', 'Gender', 'Mobile Number', 'Telephone', 'Email',
      'Accepts Marketing', 'Accepts SMS Marketing', 'Address', 'Apartment / Suite', 'City', 'Post Code', 'Date of Birth', 'Added', 'Note', 'Referral Source']
    expect(targets(headers)).toEqual(['ignore', 'firstName', 'lastName', 'ignore', 'blocked', 'ignore', 'ignore', 'phone', 'phone', 'email',
      'consentEmail', 'consentSms', 'street', 'street', 'city', 'postalCode', 'birthday', 'createdAt', 'notes', 'referralSource'])
  })

  it('Altegio client base (Ukrainian): one "Name" column holding the whole name', () => {
    const headers = ["Ім'я", 'Телефон', 'Email', 'Категорії', 'Дата народження', 'Стать', 'Знижка', 'Номер карти', 'Коментар', 'Сума продажів',
      'Візити', 'Перший візит', 'Останній візит']
    const samples = [['Олена Шевченко', '+380501234567', 'olena@example.com'], ['Іван Петренко', '0671234567', ''], ['Марія', '', '']]
    expect(targets(headers, samples)).toEqual(['fullName', 'phone', 'email', 'category', 'birthday', 'ignore', 'discount', 'cardNumber', 'notes',
      'ignore', 'ignore', 'ignore', 'ignore'])
  })

  it('Altegio client base (Russian) and Flipdish', () => {
    expect(targets(['Имя', 'Телефон', 'Почта', 'Дата рождения', 'Скидка', 'Комментарий', 'Визитов'])).toEqual(['firstName', 'phone', 'email',
      'birthday', 'discount', 'notes', 'ignore'])
    expect(targets(['Name', 'Phone Number', 'Email', 'Orders', 'Total Order Value', 'Average Order Value', 'Last Activity'])).toEqual(['fullName',
      'phone', 'email', 'ignore', 'ignore', 'ignore', 'ignore'])
  })

  it('UpMenu (Polish) and Booksy exports', () => {
    expect(targets(['Data utworzenia konta', 'Imię', 'Nazwisko', 'E-mail', 'Telefon', 'Newsletter', 'Liczba zamówień', 'Wartość zamówień', 'Stały rabat']))
      .toEqual(['createdAt', 'firstName', 'lastName', 'email', 'phone', 'consentEmail', 'ignore', 'ignore', 'discount'])
    expect(targets(['Imię', 'Nazwisko', 'Telefon', 'Email', 'Data urodzenia', 'Notatki', 'Płeć'])).toEqual(['firstName', 'lastName', 'phone', 'email',
      'birthday', 'notes', 'ignore'])
  })

  it('Reservation.Studio (Bulgarian) and a French salon list', () => {
    expect(targets(['Име', 'Фамилия', 'Телефон', 'Имейл', 'Рожден ден', 'Бележки', 'Група'])).toEqual(['firstName', 'lastName', 'phone', 'email',
      'birthday', 'notes', 'group'])
    expect(targets(['Nom', 'Prénom', 'Portable', 'Courriel', 'Adresse', 'Code postal', 'Ville', 'Remarques'])).toEqual(['lastName', 'firstName', 'phone',
      'email', 'street', 'postalCode', 'city', 'notes'])
  })
})

describe('a "registered customer" yes/no column is the customer type', () => {
  it.each(['Registrovaný zákazník', 'Registrovaný', 'Zaregistrovaný zákazník', 'Zarejestrowany klient', 'Зареєстрований клієнт', 'Регистриран клиент', 'Registered customer'])(
    '%j',
    (header) => {
      expect(matchHeader(header).target).toBe('type')
    }
  )
})

describe('the whole mapping', () => {
  it('gives a single-value field to one column only and says why the other is ignored', () => {
    const guesses = guessColumnTargets(['Birthday', 'Date of birth', 'Phone', 'Mobile'])
    expect(guesses.map((g) => g.target)).toEqual(['birthday', 'ignore', 'phone', 'phone'])
    expect(guesses[1].note).toBe('duplicate-field')
  })

  it('reads a lone "Nom"/"first name" column holding two words as the full name, one word as itself', () => {
    expect(targets(['Nom', 'Téléphone'], [['Dupont Marie', '0612345678'], ['Martin Paul', '']])).toEqual(['fullName', 'phone'])
    expect(targets(['Imię', 'Telefon'], [['Anna', '601234567'], ['Ewa', '']])).toEqual(['firstName', 'phone'])
  })

  it('recognises e-mail and phone columns by their values when the header is empty or unknown', () => {
    const samples = [['a@b.pl', '601 234 567', 'x'], ['c@d.cz', '+420 602 123 456', 'y'], ['e@f.fr', '06 12 34 56 78', 'z']]
    expect(targets(['', 'Kontakt 2', 'Kolumna'], samples)).toEqual(['email', 'phone', 'ignore'])
  })

  it('property: every known phrase is found again through case, punctuation, spacing and numbering noise', () => {
    const all = Object.entries(headerSynonyms).flatMap(([target, list]) => list.map((phrase) => ({ target, phrase })))
    const expected = (target: string) => (target === 'calculated' ? 'ignore' : target)
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.constantFrom('', ' ', '  ', '*', ':', ' (1)', ' 2', '_', '.'),
        fc.constantFrom('', ' ', '"', '-'),
        fc.boolean(),
        ({ target, phrase }, suffix, prefix, upper) => {
          const header = prefix + (upper ? phrase.toUpperCase() : phrase) + suffix
          // A phrase may legitimately be claimed by a longer, more specific phrase of another field; it must still match as well.
          const match = matchHeader(header)
          return match.target === expected(target) || match.score >= 0.999
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('property: a single-value field never goes to two columns; multi-value fields may', () => {
    const headerPool = Object.values(headerSynonyms).flat()
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...headerPool), { minLength: 1, maxLength: 30 }), (headers) => {
        const guesses = guessColumnTargets(headers)
        const counts = new Map<string, number>()
        for (const guess of guesses) counts.set(guess.target, (counts.get(guess.target) ?? 0) + 1)
        for (const [target, count] of counts) {
          if (target !== 'ignore' && !multiColumnFields.has(target as never) && count > 1) return false
        }
        return !(counts.has('fullName') && counts.has('firstName') && counts.has('lastName'))
      }),
      { numRuns: 500 }
    )
  })
})

describe('the synonym table', () => {
  it('never lists the same folded phrase under two fields (the match would depend on the table order)', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const [target, list] of Object.entries(headerSynonyms)) {
      for (const phrase of list) {
        const key = headerWords(phrase).join(' ')
        const previous = owner.get(key)
        if (previous && previous !== target) clashes.push(`${phrase}: ${previous} / ${target}`)
        owner.set(key, target)
      }
    }
    expect(clashes).toEqual([])
  })
})

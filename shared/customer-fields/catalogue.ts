import { formatPhoneInternational } from '../domain/phone'
import { NOT_ESTIMABLE, NO_DATE, type Id } from '../domain/types'
import type { ExportCell } from '../export/export-spec'
import type { FieldEntry } from './facets'
import type { FieldLookups } from './field-lookups'
import { referralText } from './referral'

/**
 * Every field of a customer, once: its facets say whether and how it is a list column (and by
 * which index it sorts), which filters are conditions on it, how it is exported and printed,
 * which import target fills it and what a column header for it may be called, how a merge
 * treats it, and whether it is personal (erase wipes it; the access export holds it). The
 * list's columns and sorts, the export's fields, the import's targets and header words, the
 * printed columns, the merge's choices and erase's list are derived from it (derived.ts);
 * checks.ts turns a facet a field needs but lacks into a compile error.
 *
 * The order is the order of an export's columns and of the export dialog's field list.
 * Composite entries ("name", "address", "consents") stand for several fields where the screens
 * show them as one: a list column, a merge row, an import target.
 */

const text = (value: string | undefined): ExportCell => (value ? value : null)
const date = (value: number): ExportCell => (value === NO_DATE ? null : value)
const names = (ids: readonly Id[], lookup: ReadonlyMap<Id, string>): ExportCell => (ids.length === 0 ? null : ids.map((id) => lookup.get(id) ?? `#${id}`).join(', '))
const phones = (list: readonly string[]): ExportCell => (list.length === 0 ? null : list.map(formatPhoneInternational).join(', '))

/** A full birthday is a date (local midnight); one without a year is text. */
function birthday(value: string, lookups: FieldLookups): ExportCell {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (full) return new Date(Number(full[1]), Number(full[2]) - 1, Number(full[3])).getTime()
  const partial = /^--(\d{2})-(\d{2})$/.exec(value)
  if (partial) return lookups.dayAndMonth(Number(partial[1]), Number(partial[2]))
  return text(value)
}

export const customerFieldCatalogue = {
  id: { personal: false, row: 'id', export: { type: 'number', value: (c) => c.id ?? null } },
  createdAt: {
    personal: false,
    row: 'createdAt',
    merge: 'earliest',
    list: { cell: 'date', width: 104, align: 'right', sort: { index: 'createdAt' } },
    export: { type: 'datetime', default: true, value: (c) => date(c.createdAt) },
    import: {
      target: 'createdAt',
      group: 'customer',
      words: {
        en: ['created', 'created at', 'created date', 'creation date', 'date created', 'date added', 'added', 'added on', 'registration date', 'registered on', 'customer since', 'client since', 'signup date', 'sign up date', 'member since', 'joined', 'date joined'],
        pl: ['data utworzenia', 'data utworzenia konta', 'data rejestracji', 'data dodania', 'utworzono', 'dodano', 'klient od', 'data założenia konta'],
        cs: ['datum vytvoření', 'datum registrace', 'vytvořeno', 'zákazník od', 'datum založení', 'registrace'],
        uk: ['дата створення', 'дата реєстрації', 'створено', 'клієнт з', 'дата додавання'],
        fr: ['date de création', 'créé le', 'date dinscription', 'inscrit le', 'client depuis', 'date dajout', 'ajouté le'],
        bg: ['дата на създаване', 'дата на регистрация', 'създаден', 'клиент от', 'добавен'],
        ru: ['дата создания', 'дата регистрации', 'создан']
      }
    }
  },
  name: {
    personal: true,
    list: { cell: 'name', width: 184, align: 'left', sort: { index: 'sortName', ascendingFirst: true }, required: true, grow: 2, prints: ['firstName', 'lastName'] },
    import: {
      target: 'fullName',
      group: 'name',
      identifying: true,
      words: {
        en: ['name', 'full name', 'fullname', 'customer name', 'client name', 'customer', 'client', 'contact', 'contact name', 'guest', 'guest name',
          'first name last name', 'last name first name', 'surname first name', 'surname forename', 'family name given name', 'given name family name'],
        pl: ['nazwa', 'imię i nazwisko', 'nazwisko i imię', 'imie nazwisko', 'nazwisko imię', 'klient', 'dane klienta', 'klient imię i nazwisko', 'nazwa klienta', 'gość'],
        cs: ['jméno a příjmení', 'příjmení a jméno', 'jméno příjmení', 'příjmení jméno', 'celé jméno', 'zákazník', 'jméno a příjmení zákazníka'],
        uk: ["ім'я та прізвище", "прізвище та ім'я", "прізвище ім'я", 'ПІБ', "прізвище ім'я по батькові", 'клієнт', "повне ім'я", 'гість'],
        fr: ['nom complet', 'nom et prénom', 'prénom et nom', 'nom du client', 'nom prénom', 'prénom nom'],
        bg: ['име и фамилия', 'фамилия и име', 'име фамилия', 'фамилия име', 'пълно име', 'клиент', 'име на клиента', 'гост'],
        ru: ['ФИО', 'полное имя', 'имя и фамилия', 'фамилия имя', 'фамилия и имя', 'фамилия имя отчество', 'гость']
      }
    }
  },
  firstName: {
    personal: true,
    row: 'firstName',
    merge: 'pick',
    export: { type: 'text', default: true, value: (c) => text(c.firstName) },
    import: {
      target: 'firstName',
      group: 'name',
      identifying: true,
      words: {
        en: ['first name', 'firstname', 'given name', 'forename', 'first', 'name first'],
        pl: ['imię', 'imie', 'imię klienta'],
        cs: ['jméno', 'křestní jméno', 'jméno zákazníka'],
        uk: ["ім'я", 'імя', "ім'я клієнта"],
        fr: ['prénom'],
        bg: ['име', 'собствено име'],
        ru: ['имя']
      }
    }
  },
  lastName: {
    personal: true,
    row: 'lastName',
    merge: 'pick',
    export: { type: 'text', default: true, value: (c) => text(c.lastName) },
    import: {
      target: 'lastName',
      group: 'name',
      identifying: true,
      words: {
        en: ['last name', 'lastname', 'surname', 'family name', 'second name', 'name last'],
        pl: ['nazwisko', 'nazwisko klienta'],
        cs: ['příjmení'],
        uk: ['прізвище'],
        fr: ['nom', 'nom de famille'],
        bg: ['фамилия', 'фамилно име'],
        ru: ['фамилия']
      }
    }
  },
  phone: {
    personal: true,
    row: 'phones',
    merge: 'pick-or-combine',
    list: { cell: 'phone', width: 142, align: 'left' },
    export: { type: 'text', default: true, value: (c) => (c.phones[0] ? formatPhoneInternational(c.phones[0]) : null) },
    import: {
      target: 'phone',
      group: 'contact',
      multiColumn: true,
      identifying: true,
      words: {
        en: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone', 'cellphone', 'GSM', 'primary phone', 'home phone', 'home phone 2', 'business phone', 'company main phone', 'other phone', 'day phone', 'night phone', 'contact phone', 'contact number', 'telephone number', 'whatsapp', 'phones'],
        pl: ['telefon', 'numer telefonu', 'telefonu', 'nr telefonu', 'telefon komórkowy', 'komórka', 'tel komórkowy', 'telefon kontaktowy'],
        cs: ['telefonní číslo', 'číslo telefonu', 'mobil', 'mobilní telefon', 'telefon mobil'],
        uk: ['телефон', 'номер телефону', 'мобільний', 'мобільний телефон', 'контактний телефон', 'тел'],
        fr: ['téléphone', 'portable', 'numéro de téléphone', 'tél', 'téléphone portable', 'téléphone mobile', 'numéro de portable'],
        bg: ['телефонен номер', 'мобилен', 'мобилен телефон', 'GSM номер', 'телефон за връзка'],
        ru: ['номер телефона', 'мобильный', 'мобильный телефон'],
        systems: ['Default Address Phone']
      }
    }
  },
  otherPhones: { personal: true, row: 'phones', export: { type: 'text', default: true, value: (c) => phones(c.phones.slice(1)) } },
  email: {
    personal: true,
    row: 'emails',
    merge: 'pick-or-combine',
    list: { cell: 'email', width: 176, align: 'left', grow: 3 },
    export: { type: 'text', default: true, value: (c) => text(c.emails[0]) },
    import: {
      target: 'email',
      group: 'contact',
      multiColumn: true,
      identifying: true,
      words: {
        en: ['email', 'email address', 'emails', 'mail', 'primary email', 'contact email', 'customer email'],
        pl: ['adres email', 'adres e-mail', 'poczta', 'poczta email', 'adres poczty elektronicznej'],
        cs: ['emailová adresa', 'e-mailová adresa', 'adresa email'],
        uk: ['електронна пошта', 'ел пошта', 'пошта', 'адреса електронної пошти', 'email адреса', 'електронна адреса', 'імейл'],
        fr: ['courriel', 'adresse email', 'adresse e-mail', 'adresse électronique', 'mél', 'adresse mail'],
        bg: ['имейл', 'имейл адрес', 'email адрес', 'електронна поща', 'ел поща'],
        ru: ['почта', 'электронная почта', 'эл почта'],
        systems: ['Email Address', 'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address']
      }
    }
  },
  otherEmails: { personal: true, row: 'emails', export: { type: 'text', default: true, value: (c) => (c.emails.length > 1 ? c.emails.slice(1).join(', ') : null) } },
  address: { personal: true, row: 'address', merge: 'pick' },
  street: {
    personal: true,
    row: 'address',
    export: { type: 'text', default: true, value: (c) => text(c.address.street) },
    import: {
      target: 'street',
      group: 'address',
      multiColumn: true,
      words: {
        en: ['street', 'address', 'address line', 'address line 2', 'street address', 'street address 2', 'address1', 'address2', 'apartment', 'suite', 'apartment suite', 'home street'],
        pl: ['adres', 'ulica', 'ulica i numer', 'adres zamieszkania', 'numer domu', 'numer mieszkania', 'adres ulica'],
        cs: ['ulice', 'adresa', 'ulice a číslo', 'číslo popisné'],
        uk: ['вулиця', 'адреса', 'адреса проживання', 'будинок', 'квартира'],
        fr: ['adresse', 'rue', 'adresse postale', 'complément dadresse', 'numéro et rue'],
        bg: ['улица', 'адрес', 'адрес за кореспонденция'],
        systems: ['Default Address Address1', 'Default Address Address2', 'Address Street']
      }
    }
  },
  postalCode: {
    personal: true,
    row: 'address',
    export: { type: 'text', default: true, value: (c) => text(c.address.postalCode) },
    import: {
      target: 'postalCode',
      group: 'address',
      words: {
        en: ['postal code', 'postcode', 'post code', 'zip', 'zip code', 'zip postal code', 'postal'],
        pl: ['kod pocztowy', 'kod'],
        cs: ['psč', 'poštovní směrovací číslo'],
        uk: ['поштовий індекс', 'індекс'],
        fr: ['code postal', 'CP'],
        bg: ['пощенски код'],
        ru: ['индекс', 'почтовый индекс'],
        systems: ['Default Address Zip', 'Home Postal Code', 'Address Postal Code']
      }
    }
  },
  city: {
    personal: true,
    row: 'address',
    export: { type: 'text', default: true, value: (c) => text(c.address.city) },
    import: {
      target: 'city',
      group: 'address',
      words: {
        en: ['city', 'town', 'locality'],
        pl: ['miasto', 'miejscowość'],
        cs: ['město', 'obec'],
        uk: ['місто', 'населений пункт'],
        fr: ['ville', 'localité', 'commune'],
        bg: ['град', 'населено място'],
        ru: ['город'],
        systems: ['Default Address City', 'Home City', 'Address City']
      }
    }
  },
  country: {
    personal: true,
    row: 'address',
    export: { type: 'text', default: true, value: (c) => text(c.address.country) },
    import: {
      target: 'country',
      group: 'address',
      words: {
        en: ['country', 'country code', 'country region', 'CC'],
        pl: ['kraj', 'państwo'],
        cs: ['země', 'stát'],
        uk: ['країна'],
        fr: ['pays'],
        bg: ['държава'],
        ru: ['страна'],
        systems: ['Default Address Country Code', 'Home Country Region', 'Address Country']
      }
    }
  },
  birthday: {
    personal: true,
    row: 'birthday',
    merge: 'pick',
    filters: ['birthdayThisMonth'],
    export: { type: 'date', value: (c, l) => birthday(c.birthday, l) },
    import: {
      target: 'birthday',
      group: 'customer',
      words: {
        en: ['birthday', 'birth date', 'birthdate', 'date of birth', 'DOB', 'born', 'birth day'],
        pl: ['data urodzenia', 'urodziny', 'dzień urodzin'],
        cs: ['datum narození', 'narozeniny', 'den narození'],
        uk: ['дата народження', 'день народження'],
        fr: ['date de naissance', 'anniversaire', 'né le', 'née le'],
        bg: ['рожден ден', 'дата на раждане', 'рождена дата'],
        ru: ['дата рождения', 'день рождения']
      }
    }
  },
  cardNumber: {
    personal: true,
    row: 'cardNumber',
    merge: 'pick',
    export: { type: 'text', value: (c) => text(c.cardNumber) },
    import: {
      target: 'cardNumber',
      group: 'customer',
      words: {
        en: ['card number', 'card', 'loyalty card', 'loyalty card number', 'card id', 'membership number', 'member number', 'member id', 'loyalty number', 'club card', 'discount card'],
        pl: ['numer karty', 'karta', 'karty', 'karta lojalnościowa', 'numer karty lojalnościowej', 'karta stałego klienta'],
        cs: ['číslo karty', 'věrnostní karta', 'karta zákazníka', 'zákaznická karta'],
        uk: ['номер картки', 'картка', 'номер карти', 'карта', 'карта лояльності', 'картка клієнта', 'дисконтна картка'],
        fr: ['numéro de carte', 'carte de fidélité', 'carte', 'numéro de carte de fidélité'],
        bg: ['номер на карта', 'клиентска карта', 'карта за лоялност', 'номер на картата'],
        ru: ['номер карты', 'клубная карта', 'дисконтная карта']
      }
    }
  },
  type: {
    personal: false,
    row: 'type',
    merge: 'pick',
    filters: ['type'],
    list: { cell: 'type', width: 112, align: 'left', sort: { index: 'type', ascendingFirst: true } },
    export: { type: 'text', default: true, value: (c, l) => l.typeLabels[c.type] },
    import: {
      target: 'type',
      group: 'customer',
      words: {
        en: ['type', 'customer type', 'client type', 'account type', 'contact type', 'registered', 'registered customer', 'registered client', 'registered user'],
        // "Registrovaný zákazník" (yes/no) is how Czech and Slovak e-shops export it: the type, not a name.
        pl: ['typ', 'typ klienta', 'rodzaj klienta', 'rodzaj', 'zarejestrowany', 'zarejestrowany klient', 'klient zarejestrowany', 'zarejestrowany użytkownik'],
        cs: ['typ zákazníka', 'druh zákazníka', 'registrovaný', 'registrovaný zákazník', 'zaregistrovaný zákazník', 'registrovaný uživatel', 'registrovaný používateľ'],
        uk: ['тип', 'тип клієнта', 'зареєстрований', 'зареєстрований клієнт', 'зареєстрований користувач'],
        fr: ['type de client', 'type de compte', 'client inscrit', 'inscrit'],
        bg: ['тип клиент', 'тип на клиента', 'регистриран', 'регистриран клиент', 'регистриран потребител'],
        ru: ['тип клиента', 'зарегистрирован', 'зарегистрированный клиент']
      }
    }
  },
  consents: {
    personal: true,
    row: 'consents',
    merge: 'latest',
    list: { cell: 'consents', width: 118, align: 'left', prints: ['consentEmail', 'consentSms'] },
    import: {
      target: 'consentMarketing',
      group: 'consent',
      words: {
        en: ['marketing consent', 'consent', 'consents', 'marketing', 'marketing opt in', 'GDPR consent'],
        pl: ['zgoda marketingowa', 'zgody marketingowe', 'zgoda na marketing', 'zgoda na kontakt', 'zgoda na kontakt marketingowy', 'zgoda RODO', 'zgoda'],
        cs: ['marketingový souhlas', 'souhlas s marketingem', 'souhlas', 'souhlas GDPR', 'marketingové souhlasy'],
        uk: ['згода на маркетинг', 'маркетингова згода', 'згода', 'згода на обробку даних'],
        fr: ['consentement marketing', 'consentement', 'consentement RGPD', 'accord marketing'],
        bg: ['маркетингово съгласие', 'съгласие', 'съгласие за маркетинг', 'GDPR съгласие'],
        ru: ['согласие', 'согласие на маркетинг']
      }
    }
  },
  consentEmail: {
    personal: true,
    row: 'consents',
    filters: ['consentEmail'],
    export: { type: 'flag', default: true, value: (c) => c.consentEmail },
    import: {
      target: 'consentEmail',
      group: 'consent',
      words: {
        en: ['email marketing', 'email consent', 'email opt in', 'email optin', 'opt in', 'optin', 'email subscription', 'newsletter', 'newsletter consent', 'subscribed', 'subscriber', 'subscribe', 'marketing emails', 'email newsletter', 'accepts newsletter'],
        pl: ['zgoda na newsletter', 'newsletter zgoda', 'zgoda email', 'zgoda na email', 'zgoda na kontakt email', 'zapis do newslettera', 'zgoda na otrzymywanie newslettera', 'informacje o zapisaniu się do newsletter', 'newsletter tak nie'],
        cs: ['souhlas s newsletterem', 'newsletter souhlas', 'souhlas email', 'odběr newsletteru', 'odebírá newsletter', 'souhlas se zasíláním newsletteru'],
        uk: ['згода на розсилку', 'згода email', 'email розсилка', 'розсилка', 'підписка на розсилку', 'згода на email розсилку'],
        fr: ['consentement email', 'accepte les emails', 'inscrit à la newsletter', 'abonné newsletter', 'abonné', 'opt in email'],
        bg: ['абонамент', 'бюлетин', 'съгласие за имейл', 'съгласие за бюлетин', 'абониран'],
        ru: ['согласие на рассылку', 'подписка', 'email рассылка', 'рассылка'],
        systems: ['Accepts Email Marketing', 'Accepts Marketing', 'Email Subscription Status']
      }
    }
  },
  consentEmailAt: {
    personal: true,
    row: 'consents',
    export: { type: 'datetime', default: true, value: (c) => date(c.consents.email.at) },
    import: {
      target: 'consentEmailDate',
      group: 'consent',
      words: {
        en: ['email consent date', 'email consent changed', 'email consent given on', 'email opt in date', 'newsletter consent date', 'subscribed on', 'subscription date'],
        pl: ['data zgody email', 'data zgody na email', 'zgoda email data', 'data zapisu do newslettera', 'zgoda email zmiana'],
        cs: ['datum souhlasu s emaily', 'souhlas s emaily změna', 'datum přihlášení k odběru', 'datum souhlasu email'],
        uk: ['дата згоди на email', 'згода на email зміна', 'дата підписки'],
        fr: ['date du consentement email', 'consentement email modifié', 'date dinscription à la newsletter', 'abonné le'],
        bg: ['дата на съгласие за имейл', 'съгласие за имейл промяна', 'дата на абониране']
      }
    }
  },
  consentSms: {
    personal: true,
    row: 'consents',
    filters: ['consentSms'],
    export: { type: 'flag', default: true, value: (c) => c.consentSms },
    import: {
      target: 'consentSms',
      group: 'consent',
      words: {
        en: ['SMS marketing', 'SMS consent', 'SMS opt in', 'SMS optin', 'SMS subscription', 'SMS subscription status', 'text marketing', 'text message consent', 'marketing SMS', 'SMS', 'SMS newsletter'],
        pl: ['zgoda SMS', 'zgoda na SMS', 'zgoda na kontakt SMS', 'zgoda na powiadomienia SMS', 'SMS zgoda', 'marketing SMS zgoda'],
        cs: ['souhlas SMS', 'souhlas se SMS', 'SMS souhlas', 'zasílání SMS'],
        uk: ['згода SMS', 'згода на SMS', 'SMS розсилка', 'згода на SMS розсилку'],
        fr: ['consentement SMS', 'accepte les SMS', 'SMS marketing accepté', 'opt in SMS'],
        bg: ['съгласие за SMS', 'SMS съгласие', 'SMS известия'],
        ru: ['согласие на SMS', 'согласие на СМС', 'СМС', 'СМС рассылка'],
        systems: ['Accepts SMS Marketing']
      }
    }
  },
  consentSmsAt: {
    personal: true,
    row: 'consents',
    export: { type: 'datetime', default: true, value: (c) => date(c.consents.sms.at) },
    import: {
      target: 'consentSmsDate',
      group: 'consent',
      words: {
        en: ['SMS consent date', 'SMS consent changed', 'SMS consent given on', 'SMS opt in date'],
        pl: ['data zgody SMS', 'data zgody na SMS', 'zgoda SMS data', 'zgoda SMS zmiana'],
        cs: ['datum souhlasu se SMS', 'souhlas se SMS změna', 'datum souhlasu SMS'],
        uk: ['дата згоди на SMS', 'згода на SMS зміна'],
        fr: ['date du consentement SMS', 'consentement SMS modifié'],
        bg: ['дата на съгласие за SMS', 'съгласие за SMS промяна']
      }
    }
  },
  orderCount: {
    personal: false,
    row: 'orderCount',
    filters: ['orderCount'],
    list: { cell: 'count', width: 76, align: 'right', sort: { index: 'orderCount', figure: true } },
    export: { type: 'number', default: true, value: (c) => c.orderCount }
  },
  visits: {
    personal: false,
    row: 'visits',
    list: { cell: 'count', width: 72, align: 'right', sort: { index: 'visits', figure: true } },
    export: { type: 'number', value: (c) => c.visits }
  },
  noShows: { personal: false, row: 'noShows', export: { type: 'number', value: (c) => c.noShows } },
  totalValue: {
    personal: false,
    row: 'totalValue',
    filters: ['spend'],
    list: { cell: 'money', width: 116, align: 'right', sort: { index: 'totalValue', figure: true } },
    export: { type: 'money', default: true, value: (c) => c.totalValue }
  },
  averageValue: {
    personal: false,
    row: 'averageValue',
    list: { cell: 'money', width: 116, align: 'right', sort: { index: 'averageValue', figure: true } },
    export: { type: 'money', default: true, value: (c) => (c.orderCount > 0 ? c.averageValue : null) }
  },
  tipsTotal: {
    personal: false,
    row: 'tipsTotal',
    list: { cell: 'money', width: 108, align: 'right', sort: { index: 'tipsTotal', figure: true } },
    export: { type: 'money', value: (c) => c.tipsTotal }
  },
  estimatedAnnualValue: {
    personal: false,
    row: 'estimatedAnnualValue',
    list: { cell: 'estimate', width: 132, align: 'right', sort: { index: 'estimatedAnnualValue', figure: true } },
    export: { type: 'money', value: (c) => (c.estimatedAnnualValue === NOT_ESTIMABLE ? null : c.estimatedAnnualValue) }
  },
  firstOrderAt: {
    personal: false,
    row: 'firstOrderAt',
    filters: ['firstVisit'],
    list: { cell: 'date', width: 104, align: 'right', sort: { index: 'firstOrderAt', figure: true } },
    export: { type: 'date', default: true, value: (c) => date(c.firstOrderAt) }
  },
  lastOrderAt: {
    personal: false,
    row: 'lastOrderAt',
    filters: ['lastVisit', 'notSeenDays'],
    list: { cell: 'date', width: 104, align: 'right', sort: { index: 'lastOrderAt', figure: true } },
    export: { type: 'date', default: true, value: (c) => date(c.lastOrderAt) }
  },
  lastActivityAt: {
    personal: false,
    row: 'lastActivityAt',
    list: { cell: 'date', width: 104, align: 'right', sort: { index: 'lastActivityAt', figure: true } },
    export: { type: 'datetime', value: (c) => date(c.lastActivityAt) }
  },
  discountPercent: {
    personal: true,
    row: 'discountPercent',
    merge: 'pick',
    list: { cell: 'percent', width: 80, align: 'right', sort: { index: 'discountPercent' } },
    export: { type: 'percent', default: true, value: (c) => c.discountPercent },
    import: {
      target: 'discount',
      group: 'customer',
      words: {
        en: ['discount', 'discount percent', 'permanent discount', 'discount rate', 'percentage discount'],
        pl: ['rabat', 'rabat stały', 'stały rabat', 'zniżka', 'rabat procentowy', 'stałe rabaty'],
        cs: ['sleva', 'trvalá sleva', 'sleva v procentech'],
        uk: ['знижка', 'постійна знижка', 'знижка відсоток'],
        fr: ['remise', 'réduction', 'remise permanente'],
        bg: ['отстъпка', 'постоянна отстъпка'],
        ru: ['скидка', 'постоянная скидка']
      }
    }
  },
  categories: {
    personal: true,
    row: 'categoryIds',
    merge: 'union',
    filters: ['categoryIds'],
    list: { cell: 'categories', width: 160, align: 'left', grow: 1 },
    export: { type: 'text', default: true, value: (c, l) => names(c.categoryIds, l.categoryNames) },
    import: {
      target: 'category',
      group: 'customer',
      multiColumn: true,
      words: {
        en: ['category', 'categories', 'tags', 'tag', 'labels', 'label', 'segment', 'customer category', 'client category'],
        pl: ['kategoria', 'kategorie', 'tagi', 'etykiety', 'kategoria klienta'],
        cs: ['kategorie', 'štítky', 'štítek', 'kategorie zákazníka'],
        uk: ['категорія', 'категорії', 'мітки', 'теги', 'категорія клієнта'],
        fr: ['catégorie', 'catégories', 'étiquettes', 'étiquette'],
        bg: ['категория', 'категории', 'етикети', 'етикет', 'тагове']
      }
    }
  },
  groups: {
    personal: true,
    row: 'groupIds',
    merge: 'union',
    filters: ['groupIds'],
    export: { type: 'text', value: (c, l) => names(c.groupIds, l.groupNames) },
    import: {
      target: 'group',
      group: 'customer',
      multiColumn: true,
      words: {
        en: ['group', 'groups', 'customer group', 'client group', 'list', 'lists', 'audience'],
        pl: ['grupa', 'grupy', 'grupa klientów', 'grupa klienta'],
        cs: ['skupina', 'skupiny', 'skupina zákazníků', 'zákaznická skupina'],
        uk: ['група', 'групи', 'група клієнтів'],
        fr: ['groupe', 'groupes', 'groupe de clients'],
        bg: ['група клиенти', 'групи клиенти'],
        ru: ['группа', 'группы', 'группа клиентов'],
        systems: ['Group Membership']
      }
    }
  },
  homeStore: {
    personal: false,
    row: 'homeStoreId',
    merge: 'pick',
    list: { cell: 'text', width: 150, align: 'left' },
    export: { type: 'text', value: (c, l) => (c.homeStoreId ? (l.storeNames.get(c.homeStoreId) ?? null) : null) },
    import: {
      target: 'homeStore',
      group: 'customer',
      words: {
        en: ['home store', 'store', 'home branch', 'branch', 'home location', 'preferred store', 'preferred location', 'shop', 'salon', 'venue'],
        pl: ['sklep', 'salon', 'lokal', 'oddział', 'placówka', 'sklep macierzysty', 'salon macierzysty', 'stały salon', 'ulubiony salon', 'ulubiony lokal'],
        cs: ['domovská provozovna', 'provozovna', 'pobočka', 'prodejna', 'salon', 'oblíbená provozovna'],
        uk: ['основний заклад', 'заклад', 'філія', 'салон', 'магазин', 'улюблений заклад'],
        fr: ['magasin', 'établissement', 'boutique', 'salon', 'magasin principal', 'établissement habituel'],
        bg: ['основен обект', 'обект', 'филиал', 'салон', 'магазин', 'любим обект'],
        ru: ['филиал', 'салон', 'магазин', 'заведение'],
        systems: ['Home Location', 'Preferred Location', 'Outlet']
      }
    }
  },
  referral: {
    // Personal: the details may name people ("recommended by Anna K.").
    personal: true,
    row: 'referral',
    merge: 'pick',
    filters: ['referralSourceIds'],
    list: { cell: 'text', width: 170, align: 'left', grow: 1, sort: { index: 'referral.sourceId', sparse: true, ascendingFirst: true } },
    export: { type: 'text', default: true, value: (c, l) => text(referralText(c.referral, l.referralSourceNames)) },
    import: {
      target: 'referralSource',
      group: 'customer',
      words: {
        en: ['how they found us', 'how did you hear about us', 'how did you find us', 'heard about us', 'referral source', 'referral', 'referred by', 'referrer', 'source', 'customer source', 'client source', 'lead source', 'acquisition channel', 'acquisition source', 'marketing source', 'signup source'],
        pl: ['skąd nas znasz', 'skąd nas zna', 'skąd się dowiedział', 'skąd się dowiedziała', 'jak nas znalazł', 'źródło', 'źródło klienta', 'źródło pozyskania', 'kanał pozyskania', 'polecenie', 'z polecenia', 'polecony przez'],
        cs: ['jak jste se o nás dozvěděli', 'odkud o nás víte', 'jak nás našel', 'zdroj', 'zdroj zákazníka', 'zdroj kontaktu', 'akviziční kanál', 'doporučení', 'doporučil'],
        uk: ['як дізналися про нас', 'звідки дізналися', 'звідки дізнались про нас', 'джерело', 'джерело клієнта', 'канал залучення', 'рекомендація', 'за рекомендацією'],
        fr: ['comment nous avez vous connus', 'comment nous avez vous trouvés', 'source', 'provenance', 'origine du client', 'source du client', 'canal dacquisition', 'parrainage', 'recommandé par'],
        bg: ['откъде научихте за нас', 'как ни намерихте', 'откъде ни знае', 'източник', 'източник на клиента', 'канал за привличане', 'препоръка', 'препоръчан от'],
        ru: ['как узнали о нас', 'откуда узнали', 'источник', 'источник клиента', 'канал привлечения', 'рекомендация', 'по рекомендации'],
        systems: ['Referral Source', 'Client Source', 'Customer Source', 'Lead Source', 'Acquisition Channel', 'Source', 'How did you hear about us', 'Referred By', 'UTM Source']
      }
    }
  },
  blocked: {
    personal: true,
    row: 'blocked',
    merge: 'pick',
    filters: ['blocked'],
    list: { cell: 'blocked', width: 108, align: 'left', sort: { index: 'blocked' } },
    export: { type: 'flag', default: true, value: (c) => c.blocked },
    import: {
      target: 'blocked',
      group: 'customer',
      words: {
        en: ['blocked', 'block', 'is blocked', 'banned', 'blacklisted', 'blacklist', 'blocked client'],
        pl: ['zablokowany', 'blokada', 'blokada na składanie zamówień', 'czarna lista', 'zablokowana'],
        cs: ['blokován', 'blokovaný', 'zablokován', 'černá listina', 'blokace'],
        uk: ['заблокований', 'блокування', 'чорний список', 'заблоковано'],
        fr: ['bloqué', 'liste noire', 'client bloqué'],
        bg: ['блокиран', 'черен списък', 'блокиране'],
        ru: ['заблокирован', 'черный список']
      }
    }
  },
  notes: {
    personal: true,
    row: 'notes',
    merge: 'pick-or-combine',
    export: { type: 'text', value: (c) => text(c.notes) },
    import: {
      target: 'notes',
      group: 'notes',
      multiColumn: true,
      words: {
        en: ['notes', 'note', 'comment', 'comments', 'memo', 'remarks', 'customer note', 'client notes', 'internal note', 'info', 'additional information'],
        pl: ['uwagi', 'notatki', 'notatka', 'komentarz', 'komentarze', 'uwagi do klienta', 'informacje dodatkowe'],
        cs: ['poznámka', 'poznámky', 'komentář', 'interní poznámka'],
        uk: ['примітки', 'примітка', 'коментар', 'коментарі', 'нотатки', 'додаткова інформація'],
        fr: ['remarques', 'commentaire', 'commentaires', 'remarque', 'informations complémentaires'],
        bg: ['бележки', 'бележка', 'коментари', 'допълнителна информация'],
        ru: ['заметки', 'комментарий', 'комментарии', 'примечание', 'примечания']
      }
    }
  },
  preferences: {
    personal: true,
    row: 'preferences',
    merge: 'pick-or-combine',
    export: { type: 'text', value: (c) => text(c.preferences) },
    import: {
      target: 'preferences',
      group: 'notes',
      multiColumn: true,
      words: {
        en: ['preferences', 'preference', 'special requests', 'requests', 'favourites', 'favorites', 'likes', 'wishes'],
        pl: ['preferencje', 'życzenia', 'specjalne życzenia', 'upodobania', 'ulubione'],
        cs: ['preference', 'přání', 'speciální přání', 'oblíbené'],
        uk: ['уподобання', 'побажання', 'вподобання', 'особливі побажання'],
        fr: ['préférences', 'demandes spéciales', 'souhaits'],
        bg: ['предпочитания', 'специални изисквания', 'пожелания'],
        ru: ['предпочтения', 'пожелания клиента']
      }
    }
  },
  allergies: {
    personal: true,
    row: 'allergies',
    merge: 'pick-or-combine',
    export: { type: 'text', value: (c) => text(c.allergies) },
    import: {
      target: 'allergies',
      group: 'notes',
      multiColumn: true,
      words: {
        en: ['allergies', 'allergy', 'allergens', 'intolerances', 'dietary restrictions', 'medical notes'],
        pl: ['alergie', 'alergia', 'uczulenia', 'uczulenie', 'alergeny', 'nietolerancje', 'nietolerancje pokarmowe'],
        cs: ['alergie', 'alergeny', 'intolerance'],
        uk: ['алергії', 'алергія', 'алергени'],
        fr: ['allergènes', 'intolérances'],
        bg: ['алергии', 'алергия', 'алергени'],
        ru: ['аллергии', 'аллергия']
      }
    }
  }
} as const satisfies Record<string, FieldEntry>

import type { ImportField } from './fields'

/**
 * What a column header may be called, per field: in the six UI languages (en, pl, cs, uk,
 * fr, bg), in Russian (Altegio/YCLIENTS exports in Ukraine and Bulgaria often come in
 * Russian), and as the systems people move from name them in their exports: Shopify,
 * Mailchimp, Square, Fresha, Booksy, Altegio, UpMenu, UPgates, Reservation.Studio,
 * Flipdish, Vagaro, Timely, Google Contacts and Outlook CSV.
 *
 * Written naturally; they are folded like headers (header-words.ts) before comparing.
 * 'calculated' marks figures Regulars derives from visits (spend, visit count…): such a
 * column is not imported, and the mapping screen says why. 'ignore' marks columns that look
 * like a field but are not one (a fax number, the "Type" column beside a Google phone…).
 *
 * The order of the keys is the tie-break when a header matches two phrases equally well:
 * specific before general ("Default Address Phone" is a phone, not a street).
 */
export type HeaderTarget = ImportField | 'ignore' | 'calculated'

export const headerSynonyms: Record<HeaderTarget, string[]> = {
  consentSms: [
    'Accepts SMS Marketing', 'SMS marketing', 'SMS consent', 'SMS opt in', 'SMS optin', 'SMS subscription', 'SMS subscription status',
    'text marketing', 'text message consent', 'marketing SMS', 'SMS', 'SMS newsletter',
    'zgoda SMS', 'zgoda na SMS', 'zgoda na kontakt SMS', 'zgoda na powiadomienia SMS', 'SMS zgoda', 'marketing SMS zgoda',
    'souhlas SMS', 'souhlas se SMS', 'SMS souhlas', 'zasílání SMS',
    'згода SMS', 'згода на SMS', 'SMS розсилка', 'згода на SMS розсилку',
    'consentement SMS', 'accepte les SMS', 'SMS marketing accepté', 'opt in SMS',
    'съгласие за SMS', 'SMS съгласие', 'SMS известия',
    'согласие на SMS', 'согласие на СМС', 'СМС', 'СМС рассылка'
  ],
  consentEmail: [
    'Accepts Email Marketing', 'Accepts Marketing', 'email marketing', 'email consent', 'email opt in', 'email optin', 'opt in', 'optin',
    'email subscription', 'Email Subscription Status', 'newsletter', 'newsletter consent', 'subscribed', 'subscriber', 'subscribe',
    'marketing emails', 'email newsletter', 'accepts newsletter',
    'zgoda na newsletter', 'newsletter zgoda', 'zgoda email', 'zgoda na email', 'zgoda na kontakt email', 'zapis do newslettera',
    'zgoda na otrzymywanie newslettera', 'informacje o zapisaniu się do newsletter', 'newsletter tak nie',
    'souhlas s newsletterem', 'newsletter souhlas', 'souhlas email', 'odběr newsletteru', 'odebírá newsletter', 'souhlas se zasíláním newsletteru',
    'згода на розсилку', 'згода email', 'email розсилка', 'розсилка', 'підписка на розсилку', 'згода на email розсилку',
    'consentement email', 'accepte les emails', 'inscrit à la newsletter', 'abonné newsletter', 'abonné', 'opt in email',
    'абонамент', 'бюлетин', 'съгласие за имейл', 'съгласие за бюлетин', 'абониран',
    'согласие на рассылку', 'подписка', 'email рассылка', 'рассылка'
  ],
  consentMarketing: [
    'marketing consent', 'consent', 'consents', 'marketing', 'marketing opt in', 'GDPR consent',
    'zgoda marketingowa', 'zgody marketingowe', 'zgoda na marketing', 'zgoda na kontakt', 'zgoda na kontakt marketingowy', 'zgoda RODO', 'zgoda',
    'marketingový souhlas', 'souhlas s marketingem', 'souhlas', 'souhlas GDPR', 'marketingové souhlasy',
    'згода на маркетинг', 'маркетингова згода', 'згода', 'згода на обробку даних',
    'consentement marketing', 'consentement', 'consentement RGPD', 'accord marketing',
    'маркетингово съгласие', 'съгласие', 'съгласие за маркетинг', 'GDPR съгласие',
    'согласие', 'согласие на маркетинг'
  ],
  blocked: [
    'blocked', 'block', 'is blocked', 'banned', 'blacklisted', 'blacklist', 'blocked client',
    'zablokowany', 'blokada', 'blokada na składanie zamówień', 'czarna lista', 'zablokowana',
    'blokován', 'blokovaný', 'zablokován', 'černá listina', 'blokace',
    'заблокований', 'блокування', 'чорний список', 'заблоковано',
    'bloqué', 'liste noire', 'client bloqué',
    'блокиран', 'черен списък', 'блокиране',
    'заблокирован', 'черный список'
  ],
  calculated: [
    'Total Spent', 'Total Spend', 'Total Orders', 'orders', 'order count', 'number of orders', 'orders count', 'visits', 'visit count',
    'number of visits', 'total visits', 'total value', 'Total Order Value', 'Average Order Value', 'average spend', 'last visit', 'first visit',
    'last order', 'first order', 'last activity', 'Last Activity Time', 'paid', 'sales', 'revenue', 'tips', 'lifetime value', 'Transaction Count',
    'no shows', 'cancellations', 'balance', 'spent', 'amount spent', 'last appointment', 'first appointment', 'appointments',
    'Member Rating', 'Estimated Annual Value',
    'liczba zamówień', 'wartość zamówień', 'suma zamówień', 'wartość wszystkich zamówień', 'liczba wizyt', 'ostatnia wizyta', 'pierwsza wizyta',
    'średnia wartość zamówienia', 'napiwki', 'obrót', 'ostatnie zamówienie', 'pierwsze zamówienie', 'wydatki', 'suma wydatków', 'wizyty',
    'počet objednávek', 'hodnota objednávek', 'obrat', 'počet návštěv', 'poslední návštěva', 'první návštěva', 'poslední objednávka',
    'průměrná hodnota objednávky', 'spropitné', 'útrata', 'návštěvy',
    'кількість візитів', 'візити', 'сума продажів', 'перший візит', 'останній візит', 'чайові', 'оплачено', 'сума витрат', 'витрати',
    'середній чек', 'кількість замовлень', 'сума замовлень',
    'nombre de commandes', 'valeur totale commandée', 'valeur moyenne des commandes', 'dernière activité', 'heure de la dernière activité',
    'dernière visite', 'première visite', 'pourboires', 'valeur annuelle estimée', 'total dépensé', 'visites', 'commandes',
    'брой поръчки', 'стойност на поръчките', 'брой посещения', 'последно посещение', 'първо посещение', 'бакшиши', 'посещения', 'похарчено',
    'визитов', 'визиты', 'сумма продаж', 'первый визит', 'последний визит', 'чаевые', 'оплачено', 'средний чек'
  ],
  ignore: [
    'id', 'customer id', 'client id', 'contact id', 'Square Customer ID', 'Reference ID', 'uuid', 'external id', 'LEID', 'EUID',
    'gender', 'sex', 'płeć', 'pohlaví', 'стать', 'sexe', 'genre', 'пол',
    'company', 'company name', 'organization', 'Organization Name', 'Organization Title', 'Organization Department', 'Default Address Company',
    'firma', 'nazwa firmy', 'společnost', 'компанія', 'société', 'entreprise', 'фирма', 'компания',
    'job title', 'title', 'suffix', 'prefix', 'department', 'Company Yomi', 'Given Yomi', 'Surname Yomi', 'Yomi Name', 'Given Name Yomi',
    'Family Name Yomi', 'Additional Name Yomi', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name', 'File As',
    'middle name', 'additional name', 'drugie imię', 'prostřední jméno', 'по батькові', 'отчество', 'бащино име', 'презиме', 'deuxième prénom',
    'fax', 'business fax', 'home fax', 'other fax', 'pager', 'telex', 'TTY TDD Phone', 'callback', 'radio phone', 'car phone', 'assistants phone',
    'assistants name', 'managers name',
    'phone type', 'phone label', 'email type', 'email label', 'address type', 'address label', 'address formatted', 'address po box',
    'address extended address', 'address region', 'website type', 'website label', 'relation type', 'relation label', 'event type', 'event label',
    'email display name', 'display name', 'anniversary', 'spouse', 'children', 'schools', 'hobby', 'occupation', 'mileage', 'sensitivity',
    'priority', 'subject', 'billing information', 'directory server', 'location', 'office location', 'photo', 'website', 'web page',
    'personal web page', 'IM address', 'initials', 'account', 'language', 'timezone', 'time zone', 'latitude', 'longitude', 'GMTOFF', 'DSTOFF',
    'OPTIN_TIME', 'OPTIN_IP', 'CONFIRM_TIME', 'CONFIRM_IP', 'LAST_CHANGED', 'region', 'state', 'province', 'province code', 'region code',
    'Default Address Province Code', 'Default Address Address2 Province', 'tax exempt', 'Creation Source', 'source', 'referral source',
    'block reason', 'Instant Profile', 'nickname',
    'business street', 'business city', 'business state', 'business postal code',
    'business country region', 'other street', 'other city', 'other state',
    'other postal code', 'other country region', 'other pobox', 'home pobox', 'business pobox', 'home state',
    'województwo', 'kraj związkowy', 'kraj (region)', 'область', 'région', 'département', 'област', 'NIP', 'IČO', 'IČ', 'DIČ', 'VAT number',
    'numéro de TVA', 'SIRET', 'ЄДРПОУ', 'ЕИК'
  ],
  email: [
    'email', 'email address', 'emails', 'mail', 'Email Address', 'primary email', 'contact email', 'customer email', 'E-mail Address',
    'E-mail 2 Address', 'E-mail 3 Address',
    'adres email', 'adres e-mail', 'poczta', 'poczta email', 'adres poczty elektronicznej',
    'emailová adresa', 'e-mailová adresa', 'adresa email',
    'електронна пошта', 'ел пошта', 'пошта', 'адреса електронної пошти', 'email адреса', 'електронна адреса', 'імейл',
    'courriel', 'adresse email', 'adresse e-mail', 'adresse électronique', 'mél', 'adresse mail',
    'имейл', 'имейл адрес', 'email адрес', 'електронна поща', 'ел поща',
    'почта', 'электронная почта', 'эл почта'
  ],
  phone: [
    'phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone', 'cellphone', 'GSM',
    'primary phone', 'home phone', 'home phone 2', 'business phone', 'company main phone', 'other phone', 'day phone', 'night phone',
    'contact phone', 'contact number', 'Default Address Phone', 'telephone number', 'whatsapp', 'phones',
    'telefon', 'numer telefonu', 'telefonu', 'nr telefonu', 'telefon komórkowy', 'komórka', 'tel komórkowy', 'telefon kontaktowy',
    'telefonní číslo', 'číslo telefonu', 'mobil', 'mobilní telefon', 'telefon mobil',
    'телефон', 'номер телефону', 'мобільний', 'мобільний телефон', 'контактний телефон', 'тел',
    'téléphone', 'portable', 'numéro de téléphone', 'tél', 'téléphone portable', 'téléphone mobile', 'numéro de portable',
    'телефонен номер', 'мобилен', 'мобилен телефон', 'GSM номер', 'телефон за връзка',
    'номер телефона', 'мобильный', 'мобильный телефон'
  ],
  cardNumber: [
    'card number', 'card', 'loyalty card', 'loyalty card number', 'card id', 'membership number', 'member number', 'member id',
    'loyalty number', 'club card', 'discount card',
    'numer karty', 'karta', 'karty', 'karta lojalnościowa', 'numer karty lojalnościowej', 'karta stałego klienta',
    'číslo karty', 'věrnostní karta', 'karta zákazníka', 'zákaznická karta',
    'номер картки', 'картка', 'номер карти', 'карта', 'карта лояльності', 'картка клієнта', 'дисконтна картка',
    'numéro de carte', 'carte de fidélité', 'carte', 'numéro de carte de fidélité',
    'номер на карта', 'клиентска карта', 'карта за лоялност', 'номер на картата',
    'номер карты', 'клубная карта', 'дисконтная карта'
  ],
  postalCode: [
    'postal code', 'postcode', 'post code', 'zip', 'zip code', 'zip postal code', 'postal', 'Default Address Zip', 'Home Postal Code',
    'Address Postal Code',
    'kod pocztowy', 'kod', 'psč', 'poštovní směrovací číslo', 'поштовий індекс', 'індекс', 'code postal', 'CP',
    'пощенски код', 'индекс', 'почтовый индекс'
  ],
  city: [
    'city', 'town', 'locality', 'Default Address City', 'Home City', 'Address City',
    'miasto', 'miejscowość', 'město', 'obec', 'місто', 'населений пункт', 'ville', 'localité', 'commune',
    'град', 'населено място', 'город'
  ],
  country: [
    'country', 'country code', 'country region', 'Default Address Country Code', 'Home Country Region', 'Address Country', 'CC',
    'kraj', 'państwo', 'země', 'stát', 'країна', 'pays', 'държава', 'страна'
  ],
  birthday: [
    'birthday', 'birth date', 'birthdate', 'date of birth', 'DOB', 'born', 'birth day',
    'data urodzenia', 'urodziny', 'dzień urodzin', 'datum narození', 'narozeniny', 'den narození',
    'дата народження', 'день народження', 'date de naissance', 'anniversaire', 'né le', 'née le',
    'рожден ден', 'дата на раждане', 'рождена дата', 'дата рождения', 'день рождения'
  ],
  createdAt: [
    'created', 'created at', 'created date', 'creation date', 'date created', 'date added', 'added', 'added on', 'registration date',
    'registered on', 'customer since', 'client since', 'signup date', 'sign up date', 'member since', 'joined', 'date joined',
    'data utworzenia', 'data utworzenia konta', 'data rejestracji', 'data dodania', 'utworzono', 'dodano', 'klient od', 'data założenia konta',
    'datum vytvoření', 'datum registrace', 'vytvořeno', 'zákazník od', 'datum založení', 'registrace',
    'дата створення', 'дата реєстрації', 'створено', 'клієнт з', 'дата додавання',
    'date de création', 'créé le', 'date dinscription', 'inscrit le', 'client depuis', 'date dajout', 'ajouté le',
    'дата на създаване', 'дата на регистрация', 'създаден', 'клиент от', 'добавен',
    'дата создания', 'дата регистрации', 'создан'
  ],
  discount: [
    'discount', 'discount percent', 'permanent discount', 'discount rate', 'percentage discount',
    'rabat', 'rabat stały', 'stały rabat', 'zniżka', 'rabat procentowy', 'stałe rabaty',
    'sleva', 'trvalá sleva', 'sleva v procentech', 'знижка', 'постійна знижка', 'знижка відсоток',
    'remise', 'réduction', 'remise permanente', 'отстъпка', 'постоянна отстъпка', 'скидка', 'постоянная скидка'
  ],
  allergies: [
    'allergies', 'allergy', 'allergens', 'intolerances', 'dietary restrictions', 'medical notes',
    'alergie', 'alergia', 'uczulenia', 'uczulenie', 'alergeny', 'nietolerancje', 'nietolerancje pokarmowe',
    'alergie', 'alergeny', 'intolerance', 'алергії', 'алергія', 'алергени',
    'allergènes', 'intolérances', 'алергии', 'алергия', 'алергени', 'аллергии', 'аллергия'
  ],
  preferences: [
    'preferences', 'preference', 'special requests', 'requests', 'favourites', 'favorites', 'likes', 'wishes',
    'preferencje', 'życzenia', 'specjalne życzenia', 'upodobania', 'ulubione',
    'preference', 'přání', 'speciální přání', 'oblíbené',
    'уподобання', 'побажання', 'вподобання', 'особливі побажання',
    'préférences', 'demandes spéciales', 'souhaits',
    'предпочитания', 'специални изисквания', 'пожелания', 'предпочтения', 'пожелания клиента'
  ],
  notes: [
    'notes', 'note', 'comment', 'comments', 'memo', 'remarks', 'customer note', 'client notes', 'internal note', 'info', 'additional information',
    'uwagi', 'notatki', 'notatka', 'komentarz', 'komentarze', 'uwagi do klienta', 'informacje dodatkowe',
    'poznámka', 'poznámky', 'komentář', 'interní poznámka',
    'примітки', 'примітка', 'коментар', 'коментарі', 'нотатки', 'додаткова інформація',
    'remarques', 'commentaire', 'commentaires', 'remarque', 'informations complémentaires',
    'бележки', 'бележка', 'коментари', 'допълнителна информация',
    'заметки', 'комментарий', 'комментарии', 'примечание', 'примечания'
  ],
  category: [
    'category', 'categories', 'tags', 'tag', 'labels', 'label', 'segment', 'customer category', 'client category',
    'kategoria', 'kategorie', 'tagi', 'etykiety', 'kategoria klienta', 'štítky', 'štítek', 'kategorie zákazníka',
    'категорія', 'категорії', 'мітки', 'теги', 'категорія клієнта',
    'catégorie', 'catégories', 'étiquettes', 'étiquette',
    'категория', 'категории', 'етикети', 'етикет', 'тагове'
  ],
  group: [
    'group', 'groups', 'customer group', 'client group', 'Group Membership', 'list', 'lists', 'audience',
    'grupa', 'grupy', 'grupa klientów', 'grupa klienta', 'skupina', 'skupiny', 'skupina zákazníků', 'zákaznická skupina',
    'група', 'групи', 'група клієнтів', 'groupe', 'groupes', 'groupe de clients', 'група клиенти', 'групи клиенти',
    'группа', 'группы', 'группа клиентов'
  ],
  type: [
    'type', 'customer type', 'client type', 'account type', 'contact type', 'registered',
    'typ', 'typ klienta', 'rodzaj klienta', 'rodzaj', 'typ zákazníka', 'druh zákazníka',
    'тип', 'тип клієнта', 'type de client', 'type de compte', 'тип клиент', 'тип на клиента', 'тип клиента'
  ],
  firstName: [
    'first name', 'firstname', 'given name', 'forename', 'first', 'name first',
    'imię', 'imie', 'imię klienta', 'jméno', 'křestní jméno', 'jméno zákazníka',
    'ім\'я', 'імя', 'ім\'я клієнта', 'prénom', 'име', 'собствено име', 'имя'
  ],
  lastName: [
    'last name', 'lastname', 'surname', 'family name', 'second name', 'name last',
    'nazwisko', 'nazwisko klienta', 'příjmení', 'прізвище', 'nom', 'nom de famille', 'фамилия', 'фамилно име'
  ],
  fullName: [
    'name', 'full name', 'fullname', 'customer name', 'client name', 'customer', 'client', 'contact', 'contact name', 'guest', 'guest name',
    'nazwa', 'imię i nazwisko', 'nazwisko i imię', 'imie nazwisko', 'klient', 'dane klienta', 'klient imię i nazwisko', 'nazwa klienta', 'gość',
    'jméno a příjmení', 'příjmení a jméno', 'celé jméno', 'zákazník', 'jméno a příjmení zákazníka',
    'ім\'я та прізвище', 'прізвище та ім\'я', 'прізвище ім\'я', 'ПІБ', 'прізвище ім\'я по батькові', 'клієнт', 'повне ім\'я', 'гість',
    'nom complet', 'nom et prénom', 'prénom et nom', 'nom du client', 'nom prénom', 'prénom nom',
    'име и фамилия', 'пълно име', 'клиент', 'име на клиента', 'гост',
    'ФИО', 'полное имя', 'имя и фамилия', 'фамилия имя', 'фамилия и имя', 'фамилия имя отчество', 'гость'
  ],
  street: [
    'street', 'address', 'address line', 'address line 2', 'street address', 'street address 2', 'Default Address Address1',
    'Default Address Address2', 'address1', 'address2', 'apartment', 'suite', 'apartment suite', 'home street', 'Address Street',
    'adres', 'ulica', 'ulica i numer', 'adres zamieszkania', 'numer domu', 'numer mieszkania', 'adres ulica',
    'ulice', 'adresa', 'ulice a číslo', 'číslo popisné',
    'вулиця', 'адреса', 'адреса проживання', 'будинок', 'квартира',
    'adresse', 'rue', 'adresse postale', 'complément dadresse', 'numéro et rue',
    'улица', 'адрес', 'адрес за кореспонденция'
  ]
}

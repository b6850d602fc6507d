import Foundation
@testable import LedeCLI
import Testing

/// The batch engine's pool: outputs in input order whatever the workers' timing, and never
/// more than `window` items between reading and writing.
@Suite struct OrderedPoolTests {
    @Test(arguments: [1, 2, 4])
    func outputsComeBackInInputOrderWithinTheWindow(_ jobs: Int) throws {
        let pool = OrderedPool<Int, Int>(jobs: jobs, window: 6)
        var produced = 0
        var seen: [Int] = []
        let work: [@Sendable (Int) -> Int] = (0..<jobs).map { worker in
            { item in
                // Uneven work, so later items often finish first.
                usleep(UInt32((item * 7919 + worker) % 5) * 300)
                return item * 10
            }
        }
        try pool.run(next: { () -> Int? in
            guard produced < 500 else { return nil }
            produced += 1
            return produced - 1
        }, work: work, emit: { output in
            seen.append(output)
            return true
        })
        #expect(seen == (0..<500).map { $0 * 10 })
        #expect(pool.peakInFlight <= 6)
        if jobs > 1 { #expect(pool.peakInFlight > 1) }
    }

    @Test func stoppingEarlyDropsTheRest() throws {
        let pool = OrderedPool<Int, Int>(jobs: 2, window: 4)
        var produced = 0
        var seen: [Int] = []
        try pool.run(next: { () -> Int? in
            guard produced < 100 else { return nil }
            produced += 1
            return produced - 1
        }, work: [{ $0 }, { $0 }], emit: { output in
            seen.append(output)
            return output < 9
        })
        #expect(seen == Array(0...9))
        #expect(produced <= 10 + 4)
    }
}

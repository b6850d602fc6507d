/// Time spent per extraction stage (`-v`), summed over articles; one per worker, added up
/// at the end, so workers never share it.
public final class StageTimings: @unchecked Sendable {
    public private(set) var byStage: [(name: String, duration: Duration)] = []

    public init() {}

    /// Runs `body` and adds its time to `stage`.
    public func measure<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        defer { add(stage, ContinuousClock.now - start) }
        return try body()
    }

    func add(_ stage: String, _ duration: Duration) {
        if let index = byStage.firstIndex(where: { $0.name == stage }) {
            byStage[index].duration += duration
        } else {
            byStage.append((stage, duration))
        }
    }

    public static func + (a: StageTimings, b: StageTimings) -> StageTimings {
        let sum = StageTimings()
        for (name, duration) in a.byStage + b.byStage { sum.add(name, duration) }
        return sum
    }

    /// `stage timings (all workers): html:metadata 12.3 ms, …`, slowest first.
    public var report: String {
        let parts = byStage.sorted { $0.duration > $1.duration }.map { name, duration -> String in
            let milliseconds = duration.seconds * 1000
            return "\(name) \((milliseconds * 10).rounded() / 10) ms"
        }
        return "stage timings (all workers): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
    }
}

extension Duration {
    /// As a number of seconds, for rates and printed timings.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

import Foundation

/// Runs work on N threads and hands the results back in input order, with at most `window`
/// items between the one being read and the oldest not yet emitted. The window is what keeps
/// memory flat on any input size: a slow item holds back reading, not just writing.
///
/// The calling thread reads items and emits results; workers only run `work`. With one job
/// there are no threads at all.
final class OrderedPool<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(Int, Item)] = []
    private var results: [Int: Output] = [:]
    private var stopping = false
    private var liveWorkers = 0
    /// The most items in flight (read, not yet emitted) at any moment, for tests of the bound.
    private(set) var peakInFlight = 0

    let jobs: Int
    let window: Int

    init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 4)
    }

    /// Reads items with `next` until it returns nil, runs `work[i]` on worker i, and calls
    /// `emit` with each output in input order; `emit` returns false to stop early (the items
    /// still in flight are then dropped).
    func run(next: () throws -> Item?, work: [@Sendable (Item) -> Output], emit: (Output) throws -> Bool) throws {
        precondition(work.count == jobs)
        if jobs == 1 {
            while let item = try next() {
                peakInFlight = 1
                guard try emit(work[0](item)) else { return }
            }
            return
        }
        liveWorkers = jobs
        for body in work { Thread { [self] in self.workerLoop(body) }.start() }
        defer { stop() }
        var read = 0, emitted = 0, exhausted = false
        while true {
            while !exhausted, read - emitted < window {
                guard let item = try next() else {
                    exhausted = true
                    break
                }
                condition.lock()
                queue.append((read, item))
                read += 1
                peakInFlight = max(peakInFlight, read - emitted)
                condition.signal()
                condition.unlock()
            }
            if exhausted, emitted == read { return }
            condition.lock()
            while results[emitted] == nil { condition.wait() }
            let output = results.removeValue(forKey: emitted)!
            condition.unlock()
            emitted += 1
            guard try emit(output) else { return }
        }
    }

    private func workerLoop(_ body: (Item) -> Output) {
        while true {
            condition.lock()
            while queue.isEmpty, !stopping { condition.wait() }
            if stopping {
                liveWorkers -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let (index, item) = queue.removeFirst()
            condition.unlock()
            let output = body(item)
            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Tells the workers to finish the item they hold and waits until they have.
    private func stop() {
        condition.lock()
        stopping = true
        queue.removeAll()
        condition.broadcast()
        while liveWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}

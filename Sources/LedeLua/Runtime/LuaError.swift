/// A Lua failure, typed at the call that produced it.
public enum LuaError: Error, Equatable, CustomStringConvertible {
    /// The source did not compile: `plugins/x.lua:3: '=' expected near 'end'`.
    case syntax(String)
    /// Lua code raised an error; the message carries `file:line` where Lua knows it.
    case runtime(String)
    /// A budget ran out: the instruction budget of one call, or the state's memory budget.
    case budget(String)

    public var description: String {
        switch self {
        case .syntax(let message), .runtime(let message), .budget(let message): return message
        }
    }
}

/// Budgets for one Lua state.
public struct LuaLimits: Sendable, Equatable {
    /// Instructions per hook call; 0 for none.
    public var instructionsPerCall: Int
    /// Bytes for the whole state; 0 for none.
    public var memoryBytes: Int

    public static let defaultInstructions = 50_000_000
    public static let defaultMemoryMegabytes = 256

    public init(instructionsPerCall: Int = LuaLimits.defaultInstructions, memoryBytes: Int = LuaLimits.defaultMemoryMegabytes << 20) {
        self.instructionsPerCall = instructionsPerCall
        self.memoryBytes = memoryBytes
    }
}

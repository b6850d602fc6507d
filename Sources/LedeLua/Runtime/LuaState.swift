import CLua

/// Owns one `lua_State` and its budget bookkeeping; `deinit` closes both.
///
/// Every Lua API sequence the host runs outside a protected call happens with the allocator
/// in host mode (`withHostAccess`), where allocations cannot fail, so the only Lua errors
/// are those raised by Lua code under `call`, which turns each status into a `LuaError`.
public final class LuaState {
    public let pointer: OpaquePointer
    private let extra: UnsafeMutablePointer<lede_lua_extra>
    public let limits: LuaLimits

    public init(limits: LuaLimits) throws(LuaError) {
        extra = .allocate(capacity: 1)
        extra.initialize(to: lede_lua_extra())
        extra.pointee.cap = limits.memoryBytes > 0 ? size_t(limits.memoryBytes) : 0
        extra.pointee.instructions_per_call = Int64(limits.instructionsPerCall)
        extra.pointee.instructions_left = Int64(limits.instructionsPerCall)
        guard let state = lede_newstate(extra) else {
            extra.deallocate()
            throw LuaError.runtime("could not create a Lua state")
        }
        pointer = state
        self.limits = limits
        withHostAccess {
            lede_open_safe_libraries(state)
            lede_install_count_hook(state)
        }
    }

    deinit {
        extra.pointee.in_host += 1
        lua_close(pointer)
        extra.deallocate()
    }

    /// The Swift object registered as this state's host, for host functions to find.
    public var host: UnsafeMutableRawPointer? {
        get { extra.pointee.host }
        set { extra.pointee.host = newValue }
    }

    /// Bytes the state holds now.
    public var memoryInUse: Int { Int(extra.pointee.used) }

    /// Runs host work on the stack with allocations that cannot fail (so cannot raise).
    public func withHostAccess<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        extra.pointee.in_host += 1
        defer { extra.pointee.in_host -= 1 }
        return try body()
    }

    /// Compiles text (never bytecode) and leaves the chunk function on the stack.
    public func load(_ source: String, chunkName: String) throws(LuaError) {
        let status: Int32 = withHostAccess {
            var source = source
            return source.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    lede_loadbuffer(pointer, chars.baseAddress, chars.count, "@" + chunkName)
                }
            }
        }
        guard status == LUA_OK else {
            let message = popString()
            throw LuaError.syntax(message)
        }
    }

    /// Calls the function below `arguments` values on the stack, in protected mode, with a
    /// fresh instruction budget. On success `results` values are left on the stack.
    public func call(arguments: Int32, results: Int32) throws(LuaError) {
        extra.pointee.exceeded = LEDE_EXCEEDED_NONE
        extra.pointee.instructions_left = extra.pointee.instructions_per_call
        let status = lede_pcall(pointer, arguments, results, 0)
        guard status != LUA_OK else {
            if Int(extra.pointee.used) > Int(extra.pointee.cap) && extra.pointee.cap > 0 {
                lede_pop(pointer, results)
                throw memoryError(context: nil)
            }
            return
        }
        let message = popString()
        switch extra.pointee.exceeded {
        case LEDE_EXCEEDED_INSTRUCTIONS: throw LuaError.budget(message)
        case LEDE_EXCEEDED_MEMORY: throw memoryError(context: message)
        default: throw status == LUA_ERRMEM ? memoryError(context: message) : LuaError.runtime(message)
        }
    }

    private func memoryError(context: String?) -> LuaError {
        let megabytes = limits.memoryBytes >> 20
        return .budget("memory budget exceeded (\(megabytes) MB per Lua state; raise it with --lua-memory)")
    }

    /// Pops the value on top of the stack as a string (Lua errors may be any value).
    public func popString() -> String {
        defer { lede_pop(pointer, 1) }
        return withHostAccess { string(at: -1) ?? "(error object is a \(typeName(at: -1)) value)" }
    }

    /// The string at `index`, if it is a string or a number; nil otherwise.
    public func string(at index: Int32) -> String? {
        let type = lua_type(pointer, index)
        guard type == LUA_TSTRING || type == LUA_TNUMBER else { return nil }
        var length = 0
        guard let bytes = lede_tolstring(pointer, index, &length) else { return nil }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    public func typeName(at index: Int32) -> String {
        String(cString: lua_typename(pointer, lua_type(pointer, index)))
    }

    public func push(_ string: String) {
        var string = string
        string.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { lede_pushstring(pointer, $0.baseAddress, $0.count) }
        }
    }

    public var top: Int32 {
        get { lua_gettop(pointer) }
        set { lua_settop(pointer, newValue) }
    }

    /// Collects all garbage (after a failed call, so the next article starts clean).
    public func collectGarbage() {
        _ = lede_gc_collect(pointer)
    }
}

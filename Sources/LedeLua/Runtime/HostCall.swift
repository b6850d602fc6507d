import CLua
import LedeCore

/// A Swift function Lua can call. It must never raise a Lua error itself: it returns the
/// number of results, or `HostCall.fail` after pushing a message, and the C trampoline raises.
typealias HostFunction = @convention(c) (OpaquePointer?) -> Int32

/// Argument reading and result pushing for host functions, with Lua-style error messages.
struct HostCall {
    let state: OpaquePointer
    let function: String

    /// The value a host function returns after `error(_:)`.
    static let fail: Int32 = -1

    init(_ state: OpaquePointer?, _ function: String) {
        self.state = state!
        self.function = function
    }

    /// The runtime this state belongs to.
    var runtime: LuaRuntime {
        Unmanaged<LuaRuntime>.fromOpaque(lede_extra(state).pointee.host).takeUnretainedValue()
    }

    var argumentCount: Int32 { lua_gettop(state) }

    func isAbsent(_ index: Int32) -> Bool { lua_type(state, index) <= LUA_TNIL }

    func string(_ index: Int32) -> String? {
        let type = lua_type(state, index)
        guard type == LUA_TSTRING || type == LUA_TNUMBER else { return nil }
        var length = 0
        guard let bytes = lede_tolstring(state, index, &length) else { return nil }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    func integer(_ index: Int32) -> Int? {
        guard lua_type(state, index) == LUA_TNUMBER else { return nil }
        if lede_isinteger(state, index) != 0 { return Int(lede_tointeger(state, index)) }
        let number = lede_tonumber(state, index)
        return number.rounded() == number && abs(number) < 9e15 ? Int(number) : nil
    }

    /// A required string argument, or the error to return.
    func requireString(_ index: Int32, _ name: String) -> Result<String, HostFailure> {
        if let value = string(index) { return .success(value) }
        return .failure(HostFailure("bad argument #\(index) to '\(function)' (\(name): string expected, got \(typeName(index)))"))
    }

    func typeName(_ index: Int32) -> String { String(cString: lua_typename(state, lua_type(state, index))) }

    func push(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { lede_pushstring(state, $0.baseAddress, $0.count) }
        }
    }

    func push(_ value: Int) { lua_pushinteger(state, lua_Integer(value)) }

    func pushList(_ items: [String]) {
        lua_createtable(state, Int32(items.count), 0)
        for (index, item) in items.enumerated() {
            push(item)
            lua_rawseti(state, -2, lua_Integer(index + 1))
        }
    }

    /// Pushes the message and returns the value that makes the trampoline raise it.
    func error(_ failure: HostFailure) -> Int32 {
        lua_settop(state, 0)
        lede_where_user(state)
        push(failure.message)
        lua_concat(state, 2)
        return Self.fail
    }
}

/// A host function's error message.
struct HostFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

#if canImport(Glibc)
    import Glibc
#endif
import CLua
import LedeCore

/// `lede.log.info/warn` and `print`: lines on stderr prefixed with the plugin's `file:line`,
/// so a plugin never writes into the articles on stdout. `lede lua` scripts print to stdout.
enum LogModule {
    static let functions: [(String, HostFunction)] = [
        ("log_info", { state in log(state, "info", prefix: "") }),
        ("log_warn", { state in log(state, "warn", prefix: "warning: ") }),
        ("print", { state in log(state, "print", prefix: "") }),
        ("print_stdout", { state in
            let call = HostCall(state, "print")
            write(STDOUT_FILENO, joinedArguments(call) + "\n")
            return 0
        }),
    ]

    private static func log(_ state: OpaquePointer?, _ name: String, prefix: String) -> Int32 {
        let call = HostCall(state, name)
        let message = joinedArguments(call)
        lede_where_user(call.state)
        let location = call.string(-1) ?? ""
        lede_pop(call.state, 1)
        write(STDERR_FILENO, "lede: " + location + prefix + message + "\n")
        return 0
    }

    /// The arguments as `print` shows them: strings and numbers as they are, others by type.
    private static func joinedArguments(_ call: HostCall) -> String {
        (1...max(1, call.argumentCount)).compactMap { index -> String? in
            guard index <= call.argumentCount else { return nil }
            if let text = call.string(index) { return text }
            switch lua_type(call.state, index) {
            case LUA_TNIL: return "nil"
            case LUA_TBOOLEAN: return lua_toboolean(call.state, index) != 0 ? "true" : "false"
            default: return call.typeName(index)
            }
        }.joined(separator: "\t")
    }

    private static func write(_ descriptor: Int32, _ text: String) {
        DescriptorWriting.write(text, to: descriptor)
    }
}

import CLua
import LedeCore

/// `lede.json.encode` and `lede.json.decode`, with lede's own JSON reader and writer.
enum JSONModule {
    static let functions: [(String, HostFunction)] = [
        ("json_encode", { state in
            let call = HostCall(state, "encode")
            do {
                let value = try call.runtime.state.json(at: 1)
                let pretty = lua_toboolean(call.state, 2) != 0
                call.push(value.serialized(pretty: pretty))
                return 1
            } catch {
                return call.error(HostFailure("lede.json.encode: \(error)"))
            }
        }),
        ("json_decode", { state in
            let call = HostCall(state, "decode")
            guard case .success(let text) = call.requireString(1, "s") else { return call.error(HostFailure("bad argument #1 to 'decode' (string expected)")) }
            do {
                let value = try JSONParser.parse(text)
                call.runtime.state.push(value)
                return 1
            } catch {
                return call.error(HostFailure("lede.json.decode: \(error)"))
            }
        }),
    ]
}

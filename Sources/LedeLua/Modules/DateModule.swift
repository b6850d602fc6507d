import CLua
import LedeCore

/// `lede.date.parse(s [, format])`: ISO 8601 text, or nil. Without a format, the English
/// forms the text extractor reads; with one, a Unicode TR35 pattern (locale en_US_POSIX).
enum DateModule {
    static let functions: [(String, HostFunction)] = [
        ("date_parse", { state in
            let call = HostCall(state, "parse")
            guard case .success(let text) = call.requireString(1, "s") else { return call.error(HostFailure("bad argument #1 to 'parse' (string expected)")) }
            let date: ParsedDate?
            if let format = call.string(2) {
                date = call.runtime.datePattern(format).parse(text)
            } else {
                date = DateText.parse(text)
            }
            if let date { call.push(date.iso) } else { lua_pushnil(call.state) }
            return 1
        }),
    ]
}

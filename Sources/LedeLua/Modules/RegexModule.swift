import CLua
import Foundation

/// `lede.re.find`: ICU regular expressions (through Foundation), since Lua patterns have no
/// alternation or Unicode classes. Offsets in and out are Lua's: 1-based, inclusive, bytes.
/// `match`, `gmatch` and `gsub` are built on it in the prelude, so callbacks stay in Lua.
enum RegexModule {
    static let functions: [(String, HostFunction)] = [
        ("re_find", { state in
            let call = HostCall(state, "find")
            guard case .success(let text) = call.requireString(1, "s") else { return call.error(HostFailure("bad argument #1 to 'find' (string expected, got \(call.typeName(1)))")) }
            guard case .success(let pattern) = call.requireString(2, "re") else { return call.error(HostFailure("bad argument #2 to 'find' (string expected, got \(call.typeName(2)))")) }
            let initial = call.isAbsent(3) ? 1 : (call.integer(3) ?? 1)
            let flags = call.string(4) ?? ""
            do {
                let regex = try call.runtime.regex(pattern, flags: flags)
                return find(regex, in: text, from: initial, call: call)
            } catch let failure as HostFailure {
                return call.error(failure)
            } catch {
                return call.error(HostFailure("\(error)"))
            }
        }),
    ]

    private static func find(_ regex: NSRegularExpression, in text: String, from initial: Int, call: HostCall) -> Int32 {
        let utf8 = text.utf8
        let startOffset = initial > 0 ? initial - 1 : max(0, utf8.count + initial)
        guard startOffset <= utf8.count else { lua_pushnil(call.state); return 1 }
        var start = utf8.index(utf8.startIndex, offsetBy: startOffset)
        while start < text.endIndex, start.samePosition(in: text.unicodeScalars) == nil { start = utf8.index(after: start) }
        let searchRange = NSRange(start..<text.endIndex, in: text)
        guard let match = regex.firstMatch(in: text, range: searchRange), let whole = Range(match.range, in: text) else {
            lua_pushnil(call.state)
            return 1
        }
        call.push(utf8.distance(from: utf8.startIndex, to: whole.lowerBound) + 1)
        call.push(utf8.distance(from: utf8.startIndex, to: whole.upperBound))
        for group in 1..<max(1, match.numberOfRanges) {
            if let range = Range(match.range(at: group), in: text) {
                call.push(String(text[range]))
            } else {
                lua_pushboolean(call.state, 0)
            }
        }
        return Int32(2 + max(0, match.numberOfRanges - 1))
    }

    /// Compiles a pattern with `i`, `m`, `s`, `x` flags.
    static func compile(_ pattern: String, flags: String) throws -> NSRegularExpression {
        var options: NSRegularExpression.Options = []
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseInsensitive)
            case "m": options.insert(.anchorsMatchLines)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "x": options.insert(.allowCommentsAndWhitespace)
            default: throw HostFailure("unknown regex flag '\(flag)' (use i, m, s, x)")
            }
        }
        do {
            return try NSRegularExpression(pattern: pattern.isEmpty ? "(?:)" : pattern, options: options)
        } catch {
            throw HostFailure("invalid regular expression '\(pattern)'")
        }
    }
}

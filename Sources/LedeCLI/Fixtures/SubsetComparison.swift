import LedeCore

/// Compares an expected JSON subset with actual output: only the expected object's keys count
/// (recursively), strings and numbers exactly, arrays element by element and of equal length.
/// Each difference is a readable line naming its path.
enum SubsetComparison {
    static func differences(expected: JSONValue, actual: JSONValue?, path: String = "") -> [String] {
        switch (expected, actual) {
        case (.object(let wanted), .object(let found)?):
            return wanted.flatMap { key, value in
                differences(expected: value, actual: found[key], path: path.isEmpty ? key : "\(path).\(key)")
            }
        case (.array(let wanted), .array(let found)?):
            var lines: [String] = []
            if wanted.count != found.count { lines.append("\(path): expected \(wanted.count) items, got \(found.count)") }
            for index in 0..<min(wanted.count, found.count) {
                lines += differences(expected: wanted[index], actual: found[index], path: "\(path)[\(index)]")
            }
            return lines
        case (.int(let a), .double(let b)?) where Double(a) == b, (.double(let b), .int(let a)?) where Double(a) == b:
            return []
        case (let wanted, let found?) where wanted == found:
            return []
        case (let wanted, let found):
            return ["\(path):\n    expected \(show(wanted))\n    got      \(found.map(show) ?? "nothing")"]
        }
    }

    private static func show(_ value: JSONValue) -> String {
        let text = value.serialized()
        return text.count > 400 ? String(text.prefix(400)) + "…" : text
    }
}

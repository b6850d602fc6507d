/// Byte-level searches for hot paths, where Foundation's `lowercased()` and `contains(_:)`
/// would copy and bridge the whole text for every line.
extension Sequence where Element == UInt8 {
    /// True when `needle` (lowercase ASCII) occurs, ignoring ASCII case.
    public func containsASCII(caseInsensitive needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = Array(self)
        guard bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] | 0x20 == first {
            var matched = true
            for offset in 1..<pattern.count where bytes[start + offset] | 0x20 != pattern[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }
}

extension String {
    /// The text with the characters `drop` accepts removed from both ends.
    func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }
}

extension InlineText {
    /// How many characters `tidy(node.text)` has, counted only as far as `limit`: a larger
    /// count comes back as `limit + 1`. Tells a short line from prose without making the text of
    /// a whole block (a `<div>` may hold the page): the text nodes below `node` are tidied
    /// straight from their bytes, in order, until there are more than `limit` characters.
    static func tidyCount(of node: HTMLNode, limit: Int) -> Int {
        var counter = TidyCounter(limit: limit)
        node.walk { child in
            guard !counter.isDone else { return false }
            if child.isText {
                child.withTextBytes { counter.feed($0) }
                return false
            }
            return true
        }
        return counter.count
    }
}

/// `InlineText.tidy`'s loop over bytes fed in pieces, keeping its output only until it surely
/// has more than `limit` characters. A prefix of a text has no more characters than the whole
/// (a boundary between two characters of the prefix stays one), so once the output so far
/// has more, the count is settled.
struct TidyCounter {
    let limit: Int
    private var out: [UInt8] = []
    private var isASCII = true
    private var pendingSpace = false
    private var pendingBreak = false
    /// Output bytes at which the characters are counted next: each character takes a byte or more.
    private var nextCheck: Int
    private(set) var isDone = false

    init(limit: Int) {
        self.limit = limit
        nextCheck = limit + 1
    }

    /// The characters of the output, or `limit + 1` once there are more than `limit`.
    var count: Int { isDone ? limit + 1 : isASCII ? out.count : String(decoding: out, as: UTF8.self).count }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count, !isDone {
            let length = UTF8Scalars.length(lead: bytes[start])
            let isSpace =
                length == 1 ? bytes[start].isASCIIWhiteSpace : InlineText.isSpaceOrBreak(bytes, at: start, length: length, pendingBreak: &pendingBreak)
            if isSpace {
                pendingSpace = true
            } else {
                if !out.isEmpty {
                    if pendingBreak { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
                }
                pendingSpace = false
                pendingBreak = false
                if length == 1 {
                    out.append(bytes[start])
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<start + length]))
                    isASCII = false
                }
                if out.count >= nextCheck { check() }
            }
            start += length
        }
    }

    /// Settles the count when the output has more than `limit` characters (ASCII bytes are one
    /// each: white space is collapsed, so no "\r\n" pair is left); else waits for as many more
    /// bytes as characters are still missing.
    private mutating func check() {
        let characters = isASCII ? out.count : String(decoding: out, as: UTF8.self).count
        if characters > limit { isDone = true } else { nextCheck = out.count + limit + 1 - characters }
    }
}

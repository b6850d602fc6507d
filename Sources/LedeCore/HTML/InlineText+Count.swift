extension InlineText {
    /// How many characters `tidy(node.text)` has, counted only as far as `limit`: a larger
    /// count comes back as `limit + 1`. Tells a short line from prose without making the text of
    /// a whole block (a `<div>` may hold the page): the text nodes below `node` are tidied
    /// straight from their bytes, in order, until there are more than `limit` characters.
    static func tidyCount(of node: HTMLNode, limit: Int) -> Int {
        var counter = Tidier(limit: limit)
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

/// `InlineText.tidy`'s loop over bytes, fed in pieces: the one place inline text has its white
/// space collapsed and its control characters dropped. With a `limit` it keeps its output
/// only until it surely has more than `limit` characters: a prefix of a text has no more
/// characters than the whole (a boundary between two characters of the prefix stays one), so
/// once the output so far has more, the count is settled.
struct Tidier {
    private let limit: Int?
    private var out: [UInt8] = []
    private var isASCII = true
    private var pendingSpace = false
    private var pendingBreak = false
    /// Output bytes at which the characters are counted next: each character takes a byte or more.
    private var nextCheck: Int
    private(set) var isDone = false

    init(limit: Int? = nil, capacity: Int = 0) {
        self.limit = limit
        nextCheck = limit.map { $0 + 1 } ?? Int.max
        out.reserveCapacity(capacity)
    }

    /// The text so far (all of it when there is no limit).
    var text: String { String(decoding: out, as: UTF8.self) }

    /// The characters of the output, or `limit + 1` once there are more than `limit`.
    var count: Int {
        if isDone, let limit { return limit + 1 }
        return isASCII ? out.count : text.count
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < bytes.count, !isDone {
            let length = UTF8Scalars.length(lead: bytes[start])
            if length == 1, bytes[start] < 0x20 && !bytes[start].isASCIIWhiteSpace || bytes[start] == 0x7F {
                start += 1  // a control character (a stray BEL): never text
                continue
            }
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
        guard let limit else { return }
        let characters = isASCII ? out.count : text.count
        if characters > limit { isDone = true } else { nextCheck = out.count + limit + 1 - characters }
    }
}

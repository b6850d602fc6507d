import Foundation

/// The stretches of a text that can hold a match of a regular expression, so that
/// case-insensitive ICU scans (which try every alternative at every position) need not read
/// a long text whole: `DateScanner`'s shapes in page text, publication keys in scripts.
///
/// Every match holds an anchor: four digits in a row (`\d`, any Unicode decimal digit) for
/// the date shapes with a four-digit year, a digit and a period for `12.03.19`, one of a few
/// ASCII words (any case) for the keys in scripts. White space aside,
/// a match reaches at most `before` UTF-16 units before its anchor and `after` units after it,
/// so it lies within those many units that are not white space around the anchor. Scanning those windows in order, with transparent bounds
/// (look-behind and look-ahead see past a window's edges), gives exactly the matches a scan of
/// the whole text gives: no match crosses a window's edge, and an edge can only make an
/// attempt fail, never succeed.
struct MatchWindows {
    enum Anchor {
        case fourDigits
        /// A digit and a period, then a digit after at most one unit of white space: the day
        /// and month of `12.03.19` (the anchor ends at the period).
        case digitAndPeriod
        /// Four digits followed by `-`, `/` or `.`: the year of `2019-03-12`.
        case yearThenSeparator
        /// Four digits after `/` or `-`: the year of `12/03/2019`.
        case yearAfterSeparator
        /// Four digits as the year of `12. März 2019`: a digit (the day) among the `reach` units
        /// that are not white space before them, and a letter (the month) after that digit.
        case yearAfterMonth(reach: Int)
        /// Four digits as the year of `March 12, 2019`: a digit (the day) among the `reach` units
        /// that are not white space before them, and a letter (the month) before the day.
        case yearAfterDay(reach: Int)
        /// Lowercase ASCII words, none of which can start inside another; with `valueWithin`,
        /// followed within that many units that are not white space by `:` or `=` and a quote
        /// (a key and its quoted value, `"datePublished": "2019-03-12"`).
        case words([[UInt8]], valueWithin: Int? = nil)
    }

    let units: [UInt16]
    let anchor: Anchor
    /// Units that are not white space a match may hold before its anchor's start and after its end.
    let before: Int
    let after: Int

    /// The windows, in order and disjoint.
    var windows: [NSRange] {
        var windows: [NSRange] = []
        var index = 0
        while index < units.count {
            index = candidate(from: index)
            guard index < units.count, let end = anchorEnd(at: index) else {
                index += 1
                continue
            }
            let start = alignedStart(boundary(from: index, step: -1, reach: before))
            let stop = alignedEnd(boundary(from: end - 1, step: 1, reach: after))
            if let last = windows.last, start <= NSMaxRange(last) {
                windows[windows.count - 1] = NSRange(location: last.location, length: stop - last.location)
            } else {
                windows.append(NSRange(location: start, length: stop - start))
            }
            index = end
        }
        return windows
    }

    /// Every match of `regex` in the windows of the text whose UTF-16 units are `units`, as the
    /// ranges of its groups in the text. Each window is matched in a copy of it with a few units
    /// on either side, for the look-behinds and look-aheads (one character each) to read, made
    /// from the units (an `NSString` of a Swift string finds a UTF-16 offset by counting).
    func matches(of regex: NSRegularExpression) -> [[NSRange]] {
        windows.flatMap { window -> [[NSRange]] in
            let start = alignedStart(max(0, window.location - 4))
            let end = alignedEnd(min(units.count, NSMaxRange(window) + 4))
            let piece = String(decoding: units[start..<end], as: UTF16.self)
            let region = NSRange(location: window.location - start, length: window.length)
            return regex.matches(in: piece, options: .withTransparentBounds, range: region).map { match in
                (0..<match.numberOfRanges).map { index in
                    let range = match.range(at: index)
                    return range.location == NSNotFound ? range : NSRange(location: range.location + start, length: range.length)
                }
            }
        }
    }

    /// Where the anchor starting at `index` ends, or nil when none starts there.
    private func anchorEnd(at index: Int) -> Int? {
        if case .words(let words, let within) = anchor {
            guard let end = wordEnd(at: index, words: words) else { return nil }
            return within.map { hasQuotedValue(from: index, within: $0) } ?? true ? end : nil
        }
        guard var end = digitEnd(at: index) else { return nil }
        switch anchor {
        case .words: return nil
        case .digitAndPeriod:
            guard end < units.count, units[end] == 0x2E else { return nil }
            let next = end + 1 < units.count && Self.isSpace(units[end + 1]) ? end + 2 : end + 1
            return digitEnd(at: next) != nil ? end + 1 : nil
        case .fourDigits, .yearThenSeparator, .yearAfterSeparator, .yearAfterMonth, .yearAfterDay:
            for _ in 1..<4 {
                guard let next = digitEnd(at: end) else { return nil }
                end = next
            }
            switch anchor {
            case .yearAfterMonth(let reach): return hasDayAndMonth(before: index, reach: reach) ? end : nil
            case .yearAfterDay(let reach): return hasMonthAndDay(before: index, reach: reach) ? end : nil
            case .yearThenSeparator: return end < units.count && [0x2D, 0x2F, 0x2E].contains(units[end]) ? end : nil
            case .yearAfterSeparator: return index > 0 && (units[index - 1] == 0x2F || units[index - 1] == 0x2D) ? end : nil
            default: return end
            }
        }
    }

    /// Where a window around an anchor ends (step 1, exclusive) or starts (step -1): past
    /// `reach` units that are not white space.
    private func boundary(from index: Int, step: Int, reach: Int) -> Int {
        var position = index + step
        var counted = 0
        while position >= 0, position < units.count {
            if !Self.isSpace(units[position]) {
                counted += 1
                if counted > reach { break }
            }
            position += step
        }
        return step > 0 ? position : position + 1
    }

    /// `start`, moved back so as not to split a surrogate pair.
    private func alignedStart(_ start: Int) -> Int {
        start > 0 && start < units.count && UTF16.isTrailSurrogate(units[start]) && UTF16.isLeadSurrogate(units[start - 1]) ? start - 1 : start
    }

    /// `end` (exclusive), moved on so as not to split a surrogate pair.
    private func alignedEnd(_ end: Int) -> Int {
        end > 0 && end < units.count && UTF16.isLeadSurrogate(units[end - 1]) && UTF16.isTrailSurrogate(units[end]) ? end + 1 : end
    }
}

extension MatchWindows {
    /// Where one of `words` starting at `index` ends, ignoring ASCII case, or nil.
    fileprivate func wordEnd(at index: Int, words: [[UInt8]]) -> Int? {
        for word in words where index + word.count <= units.count {
            if word.indices.allSatisfy({ units[index + $0] | (units[index + $0] >= 0x41 && units[index + $0] <= 0x5A ? 0x20 : 0) == UInt16(word[$0]) }) {
                return index + word.count
            }
        }
        return nil
    }

    /// Whether `:` or `=` followed by a quote (white space between) comes within `reach` units
    /// that are not white space from `start`.
    fileprivate func hasQuotedValue(from start: Int, within reach: Int) -> Bool {
        var position = start
        var counted = 0
        while position < units.count, counted <= reach {
            let unit = units[position]
            position += 1
            if Self.isSpace(unit) { continue }
            counted += 1
            guard unit == 0x3A || unit == 0x3D else { continue }
            var next = position
            while next < units.count, Self.isSpace(units[next]) { next += 1 }
            if next < units.count, units[next] == 0x22 || units[next] == 0x27 { return true }
        }
        return false
    }

    /// Where the decimal digit at `index` ends (after one unit, or two beyond the BMP), or nil.
    func digitEnd(at index: Int) -> Int? {
        guard index < units.count else { return nil }
        let unit = units[index]
        if unit < 0x80 { return unit >= 0x30 && unit <= 0x39 ? index + 1 : nil }
        if unit < 0x100 { return nil }  // Latin-1 has no other decimal digits
        if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
            let value = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[index + 1] - 0xDC00)
            return Unicode.Scalar(value)?.properties.generalCategory == .decimalNumber ? index + 2 : nil
        }
        return DecimalDigits.contains(unit) ? index + 1 : nil
    }

    /// The first index from `start` on where an anchor may start: a digit, a unit that may
    /// begin one beyond the plane, or the first letter of a word. Most units of a text are
    /// passed over here, a few instructions each.
    fileprivate func candidate(from start: Int) -> Int {
        units.withUnsafeBufferPointer { units in
            var index = start
            if case .words(let words, _) = anchor {
                // The words' first letters, either case, one bit each.
                let firsts = words.reduce(UInt128(0)) { $0 | 1 << UInt128($1[0]) | 1 << UInt128($1[0] & ~0x20) }
                while index < units.count {
                    let unit = units[index]
                    if unit < 0x80, firsts & (1 << UInt128(unit)) != 0 { break }
                    index += 1
                }
                return index
            }
            let digits = DecimalDigits.bits
            while index < units.count {
                let unit = units[index]
                if unit < 0x80 ? (unit >= 0x30 && unit <= 0x39) : unit >= 0x100 && (UTF16.isLeadSurrogate(unit) || digits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0) {
                    break
                }
                index += 1
            }
            return index
        }
    }

    /// White space as ICU's `\s` may read it (Unicode White_Space, or a separator), generously:
    /// taking a unit for space that is not only makes a window larger.
    static func isSpace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) || (unit >= 0x1C && unit <= 0x1F) }
        if unit < 0x100 { return unit == 0x85 || unit == 0xA0 }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.properties.isWhitespace
        }
    }
}

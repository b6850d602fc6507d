/// What must stand before the year of a date written with a month name, for `MatchWindows` to
/// keep only the years that can end one: the year of `12. März 2019` or `March 12, 2019` follows
/// its day closely, and a year alone ("© 2019", "im Jahr 2019", "12.03.2019") starts no window.
/// The scan with the month names, case-insensitive at every position, was most of the cost of
/// finding dates. The tests are generous where ICU's rules are subtle: any unit beyond ASCII may
/// be a letter of a month, and white space is `isSpace`'s wider set, which only ever lets more
/// years through.
extension MatchWindows {
    /// For `12. März 2019`: the month ends right before `start`, past white space, a `de`, a
    /// comma and a period (`de marzo, de 2019`), and the nearest digit before it (the day's last:
    /// suffixes, `de`, `of` and month names hold none) lies within `reach` units that are not
    /// white space.
    func hasDayAndMonth(before start: Int, reach: Int) -> Bool {
        let afterMonth = skippingSpace(before: start)
        var ends = [afterMonth]
        if afterMonth >= 2, units[afterMonth - 2] | 0x20 == 0x64, units[afterMonth - 1] | 0x20 == 0x65 {
            ends.append(skippingSpace(before: afterMonth - 2))
        }
        return ends.contains { end in
            var end = end
            if end > 0, units[end - 1] == 0x2C { end -= 1 }
            if end > 0, units[end - 1] == 0x2E { end -= 1 }
            return mayEndMonth(at: end) && hasDigit(before: end, reach: reach)
        }
    }

    /// For `March 12, 2019`: the nearest digit before `start` (the day's last) lies within
    /// `reach` units that are not white space (a suffix and a comma), and the month ends before
    /// the day's digits, past white space and a period.
    func hasMonthAndDay(before start: Int, reach: Int) -> Bool {
        var position = start
        var counted = 0
        while digitStart(before: position) == nil {
            guard position > 0 else { return false }
            if !Self.isSpace(units[position - 1]) {
                counted += 1
                if counted > reach { return false }
            }
            position -= 1
        }
        while let digit = digitStart(before: position) { position = digit }
        position = skippingSpace(before: position)
        if position > 0, units[position - 1] == 0x2E { position -= 1 }
        return mayEndMonth(at: position)
    }

    /// Whether a digit lies among the `reach` units that are not white space before `end`.
    private func hasDigit(before end: Int, reach: Int) -> Bool {
        var position = end
        var counted = 0
        while position > 0 {
            if digitStart(before: position) != nil { return true }
            if !Self.isSpace(units[position - 1]) {
                counted += 1
                if counted > reach { return false }
            }
            position -= 1
        }
        return false
    }

    /// Where the white space (as `isSpace` takes it) before `end` starts.
    private func skippingSpace(before end: Int) -> Int {
        var position = end
        while position > 0, Self.isSpace(units[position - 1]) { position -= 1 }
        return position
    }

    /// Whether a month name may end at `end`. ASCII letters can match only the ASCII names
    /// (ASCII folds to ASCII, and no other name folds to it), so a run of them that a unit beyond
    /// ASCII does not touch must end with one; anything else beyond ASCII may be a letter of a name.
    private func mayEndMonth(at end: Int) -> Bool {
        guard end > 0 else { return false }
        if units[end - 1] >= 0x80 { return true }
        var start = end
        while start > 0, Self.isASCIILetter(units[start - 1]) { start -= 1 }
        if start == end { return false }
        if start > 0, units[start - 1] >= 0x80 { return true }
        return DateWords.asciiMonthNames.contains { name in
            name.count <= end - start && name.indices.allSatisfy { units[end - name.count + $0] | 0x20 == UInt16(name[$0]) }
        }
    }

    private static func isASCIILetter(_ unit: UInt16) -> Bool { unit | 0x20 >= 0x61 && unit | 0x20 <= 0x7A }

    /// Where the decimal digit that ends at `end` (exclusive) starts, or nil.
    func digitStart(before end: Int) -> Int? {
        if end >= 2, UTF16.isTrailSurrogate(units[end - 1]), UTF16.isLeadSurrogate(units[end - 2]) {
            return digitEnd(at: end - 2) == end ? end - 2 : nil
        }
        return end >= 1 && digitEnd(at: end - 1) == end ? end - 1 : nil
    }
}

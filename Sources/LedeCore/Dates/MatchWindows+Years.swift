/// What must stand before the year of a date written with a month name, for `MatchWindows` to
/// keep only the years that can end one: the year of `12. März 2019` or `March 12, 2019` follows
/// its day closely, and a year alone ("© 2019", "im Jahr 2019", "12.03.2019") starts no window.
/// The scan with the month names, case-insensitive at every position, was most of the cost of
/// finding dates. The tests are generous where ICU's rules are subtle: any unit beyond ASCII may
/// be a letter, and white space is `isSpace`'s wider set, which only ever lets more years through.
extension MatchWindows {
    /// For `12. März 2019`: the nearest digit before `start` (the day's last: suffixes, `de`,
    /// `of`, month names, `.` and `,` hold none) lies within `reach` units that are not white
    /// space, and a letter (the month's) stands between it and `start`.
    func hasDayAndMonth(before start: Int, reach: Int) -> Bool {
        var position = start
        var counted = 0
        var sawLetter = false
        while position > 0 {
            if digitStart(before: position) != nil { return sawLetter }
            let unit = units[position - 1]
            if !Self.isSpace(unit) {
                counted += 1
                if counted > reach { return false }
                if Self.mayBeLetter(unit) { sawLetter = true }
            }
            position -= 1
        }
        return false
    }

    /// For `March 12, 2019`: the nearest digit before `start` (the day's last) lies within
    /// `reach` units that are not white space (a suffix and a comma), and before the day's
    /// digits, past white space and a period, stands a letter (the month's last).
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
        while position > 0, Self.isSpace(units[position - 1]) { position -= 1 }
        if position > 0, units[position - 1] == 0x2E { position -= 1 }
        return position > 0 && Self.mayBeLetter(units[position - 1])
    }

    /// Where the decimal digit that ends at `end` (exclusive) starts, or nil.
    func digitStart(before end: Int) -> Int? {
        if end >= 2, UTF16.isTrailSurrogate(units[end - 1]), UTF16.isLeadSurrogate(units[end - 2]) {
            return digitEnd(at: end - 2) == end ? end - 2 : nil
        }
        return end >= 1 && digitEnd(at: end - 1) == end ? end - 1 : nil
    }

    /// True for an ASCII letter and for every unit beyond ASCII: a text character that matches
    /// a letter of a month name case-insensitively is one of those (ASCII characters fold only
    /// to ASCII).
    static func mayBeLetter(_ unit: UInt16) -> Bool {
        unit >= 0x80 || (unit | 0x20 >= 0x61 && unit | 0x20 <= 0x7A)
    }
}

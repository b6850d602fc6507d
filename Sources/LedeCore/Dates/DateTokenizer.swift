/// One piece of a date as printed.
enum DateToken: Equatable {
    case number(Int, digits: Int)
    case ordinal(Int)
    case time(hour: Int, minute: Int, second: Int)
    /// A UTC offset such as `+03:00`, `-5` or `+0530`, in minutes; only read after a time.
    case offset(Int)
    case word(String)
}

/// Splits lowercased date text into tokens. Other punctuation only separates.
struct DateTokenizer {
    private let chars: [Character]
    private var index = 0
    private var tokens: [DateToken] = []
    private var sawTime = false

    static func tokens(_ text: String) -> [DateToken] {
        var tokenizer = DateTokenizer(chars: Array(text))
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(chars: [Character]) { self.chars = chars }

    private func isDigit(_ position: Int) -> Bool {
        position < chars.count && chars[position].isASCII && chars[position].isNumber
    }

    /// The number starting at `position` and the index after it.
    private func number(at position: Int) -> (value: Int, end: Int)? {
        var end = position
        while isDigit(end) { end += 1 }
        guard end > position, end - position <= 9, let value = Int(String(chars[position..<end])) else { return nil }
        return (value, end)
    }

    private mutating func run() {
        while index < chars.count {
            let char = chars[index]
            if char.isLetter {
                var end = index
                while end < chars.count, chars[end].isLetter { end += 1 }
                tokens.append(.word(String(chars[index..<end])))
                index = end
            } else if isDigit(index) {
                readNumberOrTime()
            } else if sawTime, char == "+" || char == "-" || char == "−", isDigit(index + 1) {
                readOffset(sign: char == "+" ? 1 : -1)
            } else {
                index += 1
            }
        }
    }

    private mutating func readNumberOrTime() {
        guard let (value, end) = number(at: index) else { index += 1; return }
        let digitCount = end - index
        // h:mm, hh.mm, h:mm:ss
        if digitCount <= 2, end < chars.count, chars[end] == ":" || chars[end] == ".",
            let (minute, minuteEnd) = number(at: end + 1), minuteEnd - end - 1 == 2
        {
            var second = 0
            index = minuteEnd
            if index < chars.count, chars[index] == ":", let (seconds, secondEnd) = number(at: index + 1), secondEnd - index - 1 == 2 {
                second = seconds
                index = secondEnd
            }
            tokens.append(.time(hour: value, minute: minute, second: second))
            sawTime = true
            return
        }
        index = end
        if digitCount <= 2, index + 1 < chars.count, ["st", "nd", "rd", "th"].contains(String(chars[index...index + 1])),
            !(index + 2 < chars.count && chars[index + 2].isLetter)
        {
            tokens.append(.ordinal(value))
            index += 2
            return
        }
        // "10am", "2 pm", "10 a.m." (already "10 am"): an hour with its meridiem and no minutes.
        let meridiemStart = index < chars.count && chars[index] == " " ? index + 1 : index
        if digitCount <= 2, meridiemStart + 1 < chars.count, ["am", "pm"].contains(String(chars[meridiemStart...meridiemStart + 1])),
            !(meridiemStart + 2 < chars.count && chars[meridiemStart + 2].isLetter)
        {
            tokens.append(.time(hour: value, minute: 0, second: 0))
            sawTime = true
            return
        }
        tokens.append(.number(value, digits: digitCount))
    }

    /// `+3`, `+03`, `+0300`, `+03:00`.
    private mutating func readOffset(sign: Int) {
        guard let (value, end) = number(at: index + 1) else { index += 1; return }
        let digitCount = end - index - 1
        index = end
        var minutes: Int
        if digitCount <= 2 {
            minutes = value * 60
            if index < chars.count, chars[index] == ":", let (extra, extraEnd) = number(at: index + 1), extraEnd - index - 1 == 2 {
                minutes += extra
                index = extraEnd
            }
        } else {
            minutes = (value / 100) * 60 + value % 100
        }
        tokens.append(.offset(sign * minutes))
    }
}

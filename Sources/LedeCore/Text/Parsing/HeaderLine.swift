/// A line of the header block (the lines between headline and body) that carries metadata:
/// a date, a byline, a reading time, or several of them separated by `|`, `·` or `•`.
enum HeaderField: Equatable {
    case published(ParsedDate)
    case modified(ParsedDate)
    case byline(Byline)
    case readingTime(Int)
}

enum HeaderLine {
    private static let separators = Pattern(#"\s+[|·•]\s+|\s*\|\s*"#)
    private static let modifiedMark = Pattern(#"[,;]?\s*\b(?:last\s+)?(?:updated|modified)\b"#)
    private static let datePrefix = Pattern(
        #"^(first\s+published|published|posted|last\s+updated|updated|last\s+modified|modified|date)(?:\s+(?:on|at))?\s*[\-–:]?\s*(.+)$"#)

    /// White space and punctuation around a segment, except openers a byline or date may start with.
    private static func isSegmentPadding(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "(" || scalar == "[" || scalar == "'" { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }
    private static let labels = ["first", "published", "posted", "last", "updated", "modified", "date"]

    /// The fields of a line when every part of it is metadata; nil otherwise.
    static func fields(of line: String) -> [HeaderField]? {
        guard line.count <= 200 else { return nil }
        var fields: [HeaderField] = []
        for segment in segments(of: line) {
            guard let field = field(of: segment) else { return nil }
            fields.append(field)
        }
        return fields.isEmpty ? nil : fields
    }

    private static func segments(of line: String) -> [String] {
        let separated = line.unicodeScalars.contains { $0 == "|" || $0 == "·" || $0 == "•" }
        guard separated || line.utf8.containsASCII(caseInsensitive: "updated") || line.utf8.containsASCII(caseInsensitive: "modified") else {
            return [line.trimming(where: isSegmentPadding)].filter { !$0.isEmpty }
        }
        var cuts = separators.ranges(in: line).map { ($0.lowerBound, $0.upperBound) }
        // "Published 8 Feb 2018, updated 9 Feb 2018": cut before the second date's label.
        cuts += modifiedMark.ranges(in: line).filter { $0.lowerBound > line.startIndex }.map { ($0.lowerBound, $0.lowerBound) }
        cuts.sort { $0.0 < $1.0 }
        var segments: [String] = []
        var start = line.startIndex
        for (lower, upper) in cuts where lower >= start {
            segments.append(String(line[start..<lower]))
            start = upper
        }
        segments.append(String(line[start...]))
        return segments.map { $0.trimming(where: isSegmentPadding) }
            .filter { !$0.isEmpty }
    }

    private static func field(of segment: String) -> HeaderField? {
        if let minutes = ReadingTime.minutes(in: segment) { return .readingTime(minutes) }
        if let byline = Byline.parse(segment) { return .byline(byline) }
        var label = ""
        var dateText = segment
        let firstWord = segment.prefix { $0.isLetter }.lowercased()
        if labels.contains(firstWord), let groups = datePrefix.groups(segment), let prefix = groups[1], let rest = groups[2] {
            label = prefix.lowercased()
            dateText = rest
        }
        guard let date = DateText.parse(dateText) else { return nil }
        return label.contains("updated") || label.contains("modified") ? .modified(date) : .published(date)
    }
}

/// Reading-time lines: `2 min read`, `Reading time: 4 minutes`, `5-minute read`.
enum ReadingTime {
    private static let patterns = [
        Pattern(#"^(\d{1,3})\s*[- ]?\s*(?:min|mins|minutes?)\.?\s+read$"#),
        Pattern(#"^(?:estimated\s+)?(?:reading|read)\s+time\s*[\-–:]?\s*(\d{1,3})\s*(?:min|mins|minutes?)\.?$"#),
        Pattern(#"^(?:time\s+to\s+read)\s*[\-–:]?\s*(\d{1,3})\s*(?:min|mins|minutes?)\.?$"#),
    ]
    private static let underAMinute = Pattern(#"^(?:less than a|<\s*1)\s*(?:min|minute)\.?\s+read$"#)

    /// The minutes a line states, or nil when the line is not a reading-time line.
    static func minutes(in line: String) -> Int? {
        guard line.count <= 40, line.contains(where: \.isNumber) || line.lowercased().contains("less") else { return nil }
        if underAMinute.matches(line) { return 1 }
        for pattern in patterns {
            if let value = pattern.groups(line)?[1].flatMap({ Int($0) }) { return value }
        }
        return nil
    }
}

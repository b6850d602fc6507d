/// The header lines' metadata, shared by the reading-time, dateline and byline stages.
extension TextDocument {
    /// The metadata fields of the header lines, in order, claiming those lines as metadata.
    /// Each header stage takes the fields of its own kind, so a line such as
    /// `By Jane Doe | 8 Feb 2018 | 3 min read` feeds three stages.
    mutating func claimHeaderFields() -> [HeaderField] {
        let candidates = lines.indices.filter { lines[$0].role == nil || lines[$0].role == .metadata }.prefix(Self.headerLineLimit)
        var found: [HeaderField] = []
        for index in candidates {
            if headerFieldsByLine[index] == nil { headerFieldsByLine[index] = .some(HeaderLine.fields(of: lines[index].text)) }
            guard let fields = headerFieldsByLine[index] ?? nil else { continue }
            claim(index, as: .metadata)
            found += fields
        }
        return found
    }
}

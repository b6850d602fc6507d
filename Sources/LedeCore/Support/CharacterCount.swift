extension String {
    /// `count <= limit`, without counting past the limit: stages ask it of every paragraph,
    /// and counting the Characters of a long one walks all of it.
    func hasAtMostCharacters(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }  // a Character is at least one byte
        guard let index = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return index == endIndex
    }
}

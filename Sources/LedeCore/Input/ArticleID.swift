/// Article ids derived from input names.
public enum ArticleID {
    private static let suffixes = [".gz", ".html", ".htm", ".txt"]

    /// The file name without its directory and without `.gz`, `.html`, `.htm`, `.txt`
    /// (`pages/a1.html.gz` gives `a1`); `stdin` for standard input.
    public static func forPath(_ path: String?) -> String {
        guard let path, path != "-" else { return "stdin" }
        var name = Substring(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
        for suffix in suffixes where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            name = name.dropLast(suffix.count)
        }
        return String(name)
    }
}

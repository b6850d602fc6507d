/// The working state of plain-text extraction: the input's lines, which stage claimed each,
/// and the article being filled in.
public struct TextDocument: Sendable {
    public var lines: [TextLine]
    public var article: Article
    /// Header fields already read per line (nil: not metadata), shared by the header stages.
    var headerFieldsByLine: [Int: [HeaderField]?] = [:]

    /// How many unclaimed lines from the top may hold header metadata (byline, date, ...).
    public static let headerLineLimit = 10

    public init(lines: [TextLine], article: Article) {
        self.lines = lines
        self.article = article
    }

    /// Indices of the lines no stage has claimed, in order.
    public var unclaimed: [Int] { lines.indices.filter { lines[$0].role == nil } }

    /// The first unclaimed lines, where the headline, standfirst and metadata live.
    public var headerZone: ArraySlice<Int> { unclaimed.prefix(Self.headerLineLimit) }

    /// The index of the headline line, once the headline stage has run.
    public var headlineIndex: Int? { lines.firstIndex { $0.role == .headline } }

    public mutating func claim(_ index: Int, as role: TextLine.Role) {
        lines[index].role = role
    }

    /// Takes a line out as page furniture, recording it in `removed`.
    public mutating func remove(_ index: Int, reason: String, by stage: String) {
        claim(index, as: .artefact)
        article.removed.append(Removal(text: lines[index].text, reason: reason, by: stage))
    }

    /// Records a non-fatal finding.
    public mutating func report(_ stage: String, _ message: String) {
        article.diagnostics.append(Diagnostic(stage: stage, message: message))
    }
}

/// One step of plain-text extraction: a name, one job, and findings it may report.
public protocol TextStage: Sendable {
    /// The name that removals and findings carry.
    var name: String { get }
    func run(_ document: inout TextDocument)
}

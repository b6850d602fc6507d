/// The working state of HTML extraction: the parsed page, what the stages decided about its
/// nodes, and the article being filled in.
public final class HTMLPage {
    public let document: HTMLDocument
    public var article: Article
    /// Elements that are page furniture, with everything below them.
    public var noise: NodeSet
    /// Elements an outlet rule's `html.strip` took out, with the selector that did; those
    /// inside the body are recorded in `removed` once the body is known.
    public var stripped: [(node: HTMLNode, selector: String)] = []
    /// The elements that hold the article's body, in document order.
    public var content: [HTMLNode] = []
    /// Per-element text and link counts, computed once the furniture is known.
    public private(set) lazy var statistics = NodeStatistics(page: self)

    public init(document: HTMLDocument, article: Article) {
        self.document = document
        self.article = article
        noise = NodeSet(for: document)
    }

    /// Records a non-fatal finding.
    public func report(_ stage: String, _ message: String) {
        article.diagnostics.append(Diagnostic(stage: stage, message: message))
    }

    /// True when the node or one of its ancestors is furniture.
    public func isNoise(_ node: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        while let element = current {
            if noise.contains(element) { return true }
            current = element.parent
        }
        return false
    }
}

/// One step of HTML extraction: a name, one job, and findings it may report.
public protocol HTMLStage {
    var name: String { get }
    func run(_ page: HTMLPage)
}

/// HTML to article: find the encoding, parse, then run the stages in order. An outlet rule,
/// chosen once the page's metadata (and so its canonical URL) is read, adds its stages.
public struct HTMLExtractor: Sendable {
    public init() {}

    public static var standardStages: [any HTMLStage] {
        [MetadataStage(), HTMLBylineStage(), NoiseStage(), MainContentStage(), LeadImageStage(), HTMLBlockStage(), HTMLBoilerplateStage(), PublicationDateStage()]
    }

    /// The stages with an outlet rule's: strip after the noise stage, the body before the
    /// generic main-content stage (which then keeps it), the fields at the end.
    static func stages(with rule: OutletRule) -> [any HTMLStage] {
        standardStages.flatMap { stage -> [any HTMLStage] in
            switch stage {
            case is NoiseStage: [stage, OutletStripStage(rule: rule)]
            case is MainContentStage: [OutletBodyStage(rule: rule), stage]
            case is PublicationDateStage: [stage, OutletFieldsStage(rule: rule)]
            default: [stage]
            }
        }
    }

    public func extract(_ bytes: [UInt8], id: String, source: Source, context: ExtractionContext = ExtractionContext()) throws(InputError) -> Article {
        var article = Article(id: id, source: source)
        if bytes.prefix(64 * 1024).contains(0), !TextDecoder.hasUTF16Mark(bytes) {
            throw InputError(.binary, "the input is binary (NUL bytes), not HTML")
        }
        let charset = CharsetSniffer.encoding(of: bytes)
        if let finding = charset.finding { article.diagnostics.append(Diagnostic(stage: "decode", message: finding)) }
        let document = context.timed("html:parse") { HTMLDocument(bytes: bytes, encoding: charset.encoding, checkedUTF8: charset.isCheckedUTF8) }
        if let finding = document.finding { article.diagnostics.append(Diagnostic(stage: "decode", message: finding)) }
        let page = HTMLPage(document: document, article: article)
        var tracker = context.explain ? ProvenanceTracker(page.article) : nil
        func run(_ stage: any HTMLStage) {
            context.timed("html:" + stage.name) { stage.run(page) }
            tracker?.credit(&page.article, to: "generic \(stage.name)")
        }
        let metadata = MetadataStage()
        run(metadata)
        let input = OutletInput(url: page.article.source.url, document: document)
        let rule = context.outlets?.rule(for: input, findings: &page.article.diagnostics)
        let stages = rule.map(Self.stages(with:)) ?? Self.standardStages
        for stage in stages where !(stage is MetadataStage) { run(stage) }
        return try context.finish(page.article, rule: rule, input: input, tracker: &tracker)
    }
}

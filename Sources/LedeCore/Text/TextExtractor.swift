/// Plain text to article: decode, split into lines, then run the stages in order.
///
/// Stages claim lines: page artefacts first, then the page furniture around the article when
/// the text is a whole-page dump, then trailers (so a masthead line never becomes the
/// headline), then header metadata, headline, lead caption and standfirst; whatever is
/// left is the body.
public struct TextExtractor: Sendable {
    public var stages: [any TextStage]

    public static let standardStages: [any TextStage] = [
        ArtefactStage(), PageDumpStage(), TrailerStage(), ReadingTimeStage(), DatelineStage(), BylineStage(),
        HeadlineStage(), CaptionStage(), StandfirstStage(), BodyStage(),
    ]

    public init(stages: [any TextStage] = TextExtractor.standardStages) {
        self.stages = stages
    }

    public func extract(_ bytes: [UInt8], id: String, source: Source, context: ExtractionContext = ExtractionContext()) throws(InputError) -> Article {
        var article = Article(id: id, source: source)
        let text = try DecodeStage().decode(bytes, findingsInto: &article)
        let input = OutletInput(url: source.url, text: text)
        let rule = context.outlets?.rule(for: input, findings: &article.diagnostics)
        var document = TextDocument(lines: LineStage().lines(of: text), article: article)
        var tracker = context.explain ? ProvenanceTracker(document.article) : nil
        let ruleStages: [any TextStage] = rule.map { [OutletTextStage(rule: $0)] } ?? []
        for stage in ruleStages + stages {
            context.timed("text:" + stage.name) { stage.run(&document) }
            tracker?.credit(&document.article, to: "generic \(stage.name)")
        }
        return try context.finish(document.article, rule: rule, input: input, tracker: &tracker)
    }
}

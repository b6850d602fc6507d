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
            if let timings = context.timings { timings.measure("text:" + stage.name) { stage.run(&document) } } else { stage.run(&document) }
            tracker?.credit(&document.article, to: "generic \(stage.name)")
        }
        if !context.explain { document.article.provenance = JSONObject() }  // rule stages credit fields as they go
        guard let rule, let outlets = context.outlets else { return document.article }
        document.article.outlet = rule.name
        guard rule.hasFixup else { return document.article }
        var fixed = try outlets.fixup(document.article, rule: rule, input: input)
        tracker?.credit(&fixed, to: "rule \(rule.name) fixup")
        return fixed
    }
}

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

    public func extract(_ bytes: [UInt8], id: String, source: Source) throws(InputError) -> Article {
        var article = Article(id: id, source: source)
        let text = try DecodeStage().decode(bytes, findingsInto: &article)
        var document = TextDocument(lines: LineStage().lines(of: text), article: article)
        for stage in stages { stage.run(&document) }
        return document.article
    }
}

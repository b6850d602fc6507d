@testable import LedeCore
import Testing

@Suite struct WriterTests {
    /// One article with every field the writers print and one block of each type.
    static var article: Article {
        var article = Article(id: "floods", source: Source(path: "in/floods.txt", format: .text))
        article.headline = "Floods hit the *river* valley"
        article.description = "Thousands moved_overnight [update]"
        article.authors = ["Jane Doe", "John Roe"]
        article.datePublished = "2018-02-08"
        article.dateModified = "2018-02-09T10:32:00+00:00"
        article.section = "World"
        article.language = "en"
        article.readingTimeMinutes = 3
        article.image = ArticleImage(url: "https://example.com/a.jpg", caption: "Smoke over the city", credit: "AFP")
        article.body = [
            .paragraph("#1 priority is water."),
            .heading("What happens next", level: 2),
            .quote("We will rebuild.\nWe always have."),
            .list(["First item", "Second_item"]),
            .figure(caption: "Rescuers at work", credit: "Reuters"),
            .preformatted("let x = 1"),
            .paragraph("1. Not a list"),
        ]
        article.notes = ["Agencies contributed to this story."]
        article.removed = [Removal(text: "Advertisement", reason: "advertisement", by: "artefacts")]
        return article
    }

    static let prettyJSON = #"""
        {
          "schema": "lede.article/1",
          "id": "floods",
          "source": {
            "path": "in/floods.txt",
            "format": "text"
          },
          "headline": "Floods hit the *river* valley",
          "description": "Thousands moved_overnight [update]",
          "authors": [
            "Jane Doe",
            "John Roe"
          ],
          "datePublished": "2018-02-08",
          "dateModified": "2018-02-09T10:32:00+00:00",
          "section": "World",
          "language": "en",
          "readingTimeMinutes": 3,
          "image": {
            "url": "https://example.com/a.jpg",
            "caption": "Smoke over the city",
            "credit": "AFP"
          },
          "body": [
            {
              "type": "paragraph",
              "text": "#1 priority is water."
            },
            {
              "type": "heading",
              "text": "What happens next",
              "level": 2
            },
            {
              "type": "quote",
              "text": "We will rebuild.\nWe always have."
            },
            {
              "type": "list",
              "text": "First item\nSecond_item",
              "items": [
                "First item",
                "Second_item"
              ]
            },
            {
              "type": "figure",
              "text": "Rescuers at work",
              "caption": "Rescuers at work",
              "credit": "Reuters"
            },
            {
              "type": "preformatted",
              "text": "let x = 1"
            },
            {
              "type": "paragraph",
              "text": "1. Not a list"
            }
          ],
          "articleBody": "#1 priority is water.\n\nWhat happens next\n\nWe will rebuild.\nWe always have.\n\nFirst item\nSecond_item\n\nlet x = 1\n\n1. Not a list",
          "notes": [
            "Agencies contributed to this story."
          ],
          "removed": [
            {
              "text": "Advertisement",
              "reason": "advertisement",
              "by": "artefacts"
            }
          ],
          "tags": [],
          "meta": {},
          "diagnostics": []
        }
        """# + "\n"

    static let markdown = ##"""
        # Floods hit the \*river\* valley

        *Thousands moved\_overnight \[update\]*

        By Jane Doe and John Roe · 2018-02-08 · updated 2018-02-09T10:32:00+00:00 · 3 min read

        ![Smoke over the city (AFP)](<https://example.com/a.jpg>)

        \#1 priority is water.

        ## What happens next

        > We will rebuild.
        > We always have.

        - First item
        - Second\_item

        *Image: Rescuers at work (Reuters)*

        ```
        let x = 1
        ```

        1\. Not a list

        *Agencies contributed to this story.*
        """## + "\n"

    static let plainText = """
        Floods hit the *river* valley

        Thousands moved_overnight [update]

        By Jane Doe and John Roe · 2018-02-08 · updated 2018-02-09T10:32:00+00:00 · 3 min read

        #1 priority is water.

        What happens next

        We will rebuild.
        We always have.

        - First item
        - Second_item

        [Image: Rescuers at work (Reuters)]

        let x = 1

        1. Not a list

        Agencies contributed to this story.
        """ + "\n"

    // MARK: Registry

    @Test func builtInWritersByName() {
        #expect(BuiltInWriters.names == ["json", "jsonl", "markdown", "text"])
        #expect(BuiltInWriters.named("markdown")?.name == "markdown")
        #expect(BuiltInWriters.named("yaml") == nil)
    }

    @Test func framing() throws {
        #expect(JSONWriter().separator == "")
        #expect(JSONLinesWriter().separator == "")
        #expect(MarkdownWriter().separator == "\n---\n\n")
        #expect(PlainTextWriter().separator == "\n---\n\n")
        for writer in BuiltInWriters.all {
            #expect(try writer.header() == "")
            #expect(try writer.footer() == "")
        }
    }

    // MARK: JSON

    @Test func prettyJSONIsExact() {
        #expect(JSONWriter().render(Self.article) == Self.prettyJSON)
    }

    @Test func jsonLinesIsOneCompactLine() throws {
        let line = JSONLinesWriter().render(Self.article)
        #expect(line.hasSuffix("\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        #expect(!line.contains("  "))
        #expect(try JSONParser.parse(line) == JSONParser.parse(Self.prettyJSON))
        #expect(try Article(json: JSONParser.parse(line)) == Self.article)
    }

    @Test func jsonLinesOfAMinimalArticleIsExact() {
        var article = Article(id: "x", source: Source(format: .text))
        article.headline = "H"
        #expect(JSONLinesWriter().render(article) == #"{"schema":"lede.article/1","id":"x","source":{"format":"text"},"headline":"H","authors":[],"body":[],"articleBody":"","notes":[],"removed":[],"tags":[],"meta":{},"diagnostics":[]}"# + "\n")
    }

    @Test func errorRecordsOnlyInJSONLines() {
        let record = ErrorRecord(id: "bad", error: InputError(.badGzip, "gzip data ends before the end of the stream"))
        #expect(JSONLinesWriter().renderError(record) == #"{"schema":"lede.article/1","id":"bad","error":{"code":"bad-gzip","message":"gzip data ends before the end of the stream"}}"# + "\n")
        #expect(JSONWriter().renderError(record) == nil)
        #expect(MarkdownWriter().renderError(record) == nil)
        #expect(PlainTextWriter().renderError(record) == nil)
    }

    // MARK: Markdown

    @Test func markdownIsExact() {
        #expect(MarkdownWriter().render(Self.article) == Self.markdown)
    }

    @Test(arguments: [
        ("a*b*c", #"a\*b\*c"#),
        ("snake_case", #"snake\_case"#),
        ("[link](x)", #"\[link\](x)"#),
        ("<b>bold</b>", #"\<b\>bold\</b\>"#),
        ("`code`", #"\`code\`"#),
        (#"back\slash"#, #"back\\slash"#),
        ("# not a heading", ##"\# not a heading"##),
        ("#1 priority", ##"\#1 priority"##),
        ("- not a list", #"\- not a list"#),
        ("+ not a list", #"\+ not a list"#),
        ("= not a rule", #"\= not a rule"#),
        ("| not a table", #"\| not a table"#),
        ("1. Not a list", #"1\. Not a list"#),
        ("12) Not a list", #"12\) Not a list"#),
        ("1,000 people", "1,000 people"),
        ("2018 was a year.", "2018 was a year."),
        ("A - B # C", "A - B # C"),
        ("plain text", "plain text"),
        ("", ""),
    ])
    func markdownEscaping(text: String, escaped: String) {
        #expect(MarkdownWriter().escape(text) == escaped)
    }

    @Test func markdownHeadingLevelsStayBelowTheHeadline() {
        var article = Article(id: "x", source: Source(format: .text))
        article.body = [.heading("Intro", level: 1), .heading("Deep", level: 6), .heading("Default", level: 3)]
        #expect(MarkdownWriter().render(article) == "## Intro\n\n###### Deep\n\n### Default\n")
    }

    @Test func markdownFenceAvoidsBackticksInCode() {
        var article = Article(id: "x", source: Source(format: .text))
        article.body = [.preformatted("say ```hi```")]
        #expect(MarkdownWriter().render(article) == "~~~~\nsay ```hi```\n~~~~\n")
    }

    @Test func markdownImageWithoutAddress() {
        var article = Article(id: "x", source: Source(format: .text))
        article.image = ArticleImage(caption: "Smoke_over the city", credit: nil)
        #expect(MarkdownWriter().render(article) == "*Image: Smoke\\_over the city*\n")
        article.image = ArticleImage(credit: "AFP")
        #expect(MarkdownWriter().render(article) == "*Image: AFP*\n")
    }

    @Test func markdownOfAnEmptyArticleIsANewline() {
        #expect(MarkdownWriter().render(Article(id: "x", source: Source(format: .text))) == "\n")
    }

    // MARK: Plain text

    @Test func plainTextIsExact() {
        #expect(PlainTextWriter().render(Self.article) == Self.plainText)
    }

    @Test func metadataLineListsAuthors() {
        #expect(MetadataLine.listing([]) == "")
        #expect(MetadataLine.listing(["A"]) == "A")
        #expect(MetadataLine.listing(["A", "B"]) == "A and B")
        #expect(MetadataLine.listing(["A", "B", "C"]) == "A, B and C")
        var article = Article(id: "x", source: Source(format: .text))
        #expect(MetadataLine.of(article) == nil)
        article.readingTimeMinutes = 2
        #expect(MetadataLine.of(article) == "2 min read")
    }
}

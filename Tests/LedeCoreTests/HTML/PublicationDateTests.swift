import Foundation
@testable import LedeCore
import Testing

/// Where the HTML extractor finds a page's publication date, one source at a time, on small
/// synthetic pages.
@Suite struct PublicationDateTests {
    private func datePublished(_ html: String, url: String? = nil) throws -> String? {
        let article = try HTMLExtractor().extract(Array(html.utf8), id: "page", source: Source(url: url, format: .html))
        return article.datePublished
    }

    private func page(head: String = "", body: String) -> String {
        """
        <!doctype html><html lang="de"><head><title>Titel</title>\(head)</head><body>
        <nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
        <article>\(body)
        <p>Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Brücke über den Fluss zu sanieren.
        Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Stadt mit.</p>
        <p>Anwohner hatten seit Jahren auf die Sanierung gedrängt, weil die Brücke für schwere Fahrzeuge gesperrt ist.
        Die Kosten werden auf mehrere Millionen Euro geschätzt, einen Teil trägt das Land.</p>
        </article>
        <footer><p>Impressum</p></footer></body></html>
        """
    }

    @Test func jsonLDPublishedWinsOverModified() throws {
        let head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Brücke",
            "dateModified":"2021-03-04T10:00:00+01:00","datePublished":"2021-03-02T08:15:00+01:00"}</script>
            <meta property="article:modified_time" content="2021-03-05T10:00:00+01:00">
            """
        #expect(try datePublished(page(head: head, body: "<h1>Brücke wird saniert</h1>")) == "2021-03-02T08:15:00+01:00")
    }

    @Test func brokenJSONLDIsStillRead() throws {
        let head = """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-26T18:10:00+01:00",}}</script>
            """
        #expect(try datePublished(page(head: head, body: "<h1>Brücke wird saniert</h1>")) == "2020-10-26T18:10:00+01:00")
    }

    @Test func metaPublishedTimeKeepsItsOffset() throws {
        let head = #"<meta property="article:published_time" content="2019-03-12T07:30:00-05:00">"#
        #expect(try datePublished(page(head: head, body: "<h1>Brücke wird saniert</h1>")) == "2019-03-12T07:30:00-05:00")
    }

    @Test func metaItempropDatePublished() throws {
        let body = #"<h1>Brücke wird saniert</h1><meta itemprop="datePublished" content="2020-02-18T05:46:51+0300">"#
        #expect(try datePublished(page(body: body)) == "2020-02-18T05:46:51+03:00")
    }

    @Test func isoDateTimeWithZoneNameKeepsTheTime() throws {
        let head = #"<meta name="pubdate" content="2020-09-25T16:02:50CDT">"#
        #expect(try datePublished(page(head: head, body: "<h1>Brücke wird saniert</h1>")) == "2020-09-25T16:02:50")
    }

    @Test func timeElementInTheArticleHeader() throws {
        let body = """
            <aside class="teaser"><time datetime="2018-01-01">1.1.2018</time></aside>
            <h1>Brücke wird saniert</h1><p class="meta"><time datetime="2019-11-19T09:00:00+01:00">19.11.2019</time></p>
            """
        #expect(try datePublished(page(body: body)) == "2019-11-19T09:00:00+01:00")
    }

    @Test func timeWithPubdateWins() throws {
        let body = """
            <h1>Brücke wird saniert</h1><time datetime="2019-11-20">20.11.2019</time>
            <time pubdate datetime="2019-11-18">18.11.2019</time>
            """
        #expect(try datePublished(page(body: body)) == "2019-11-18")
    }

    @Test func classNamedElementWithAGermanDate() throws {
        let body = #"<h1>Brücke wird saniert</h1><div class="article-date">Dienstag, 12. März 2019</div>"#
        #expect(try datePublished(page(body: body)) == "2019-03-12")
    }

    @Test func modifiedElementsAreNotThePublicationDate() throws {
        let body = """
            <h1>Brücke wird saniert</h1><span class="updated-date">14.03.2019</span>
            <span class="post-date">12.03.2019</span>
            """
        #expect(try datePublished(page(body: body)) == "2019-03-12")
    }

    @Test func labelledDateInTheText() throws {
        let body = "<h1>Brücke wird saniert</h1><p>Von Anna Muster</p><p>Veröffentlicht am 12.03.2019</p>"
        #expect(try datePublished(page(body: body)) == "2019-03-12")
    }

    @Test func dateBesideTheHeadline() throws {
        let body = "<h1>Brücke wird saniert</h1><p>Anna Muster, 3. Mai 2020</p>"
        #expect(try datePublished(page(body: body)) == "2020-05-03")
    }

    @Test(arguments: [
        ("https://example.org/2019/11/19/bruecke-wird-saniert/", "2019-11-19"),
        ("https://example.org/news/20191119/bruecke-wird-saniert", "2019-11-19"),
        ("https://example.org/news/2019-11-19-bruecke-wird-saniert", "2019-11-19"),
    ])
    func urlDate(url: String, iso: String) throws {
        #expect(try datePublished(page(body: "<h1>Brücke wird saniert</h1>"), url: url) == iso)
    }

    @Test func metadataBeatsTheURL() throws {
        let head = #"<meta property="article:published_time" content="2019-11-20">"#
        #expect(try datePublished(page(head: head, body: "<h1>Brücke</h1>"), url: "https://example.org/2019/11/19/x") == "2019-11-20")
    }

    @Test func futureAndAncientDatesAreRejected() throws {
        let head = #"<meta property="article:published_time" content="2999-01-01T10:00:00+00:00">"#
        let body = #"<h1>Brücke wird saniert</h1><span class="date">12.03.1890</span><p>Veröffentlicht am 12.03.2019</p>"#
        #expect(try datePublished(page(head: head, body: body)) == "2019-03-12")
    }

    @Test func pageWithoutADateHasNone() throws {
        #expect(try datePublished(page(body: "<h1>Brücke wird saniert</h1>")) == nil)
    }

    /// A UTC date-time just after midnight reads as the evening before in the Americas.
    @Test func utcMetadataYieldsToThePrintedDayBefore() throws {
        let head = #"<meta property="article:published_time" content="2020-02-18T02:18:11+00:00">"#
        let body = #"<h1>Bridge to be repaired</h1><div class="byline-date">February 17, 2020</div>"#
        #expect(try datePublished(page(head: head, body: body)) == "2020-02-17")
    }

    @Test func utcMetadataAtMiddayStays() throws {
        let head = #"<meta property="article:published_time" content="2020-02-18T12:18:11+00:00">"#
        let body = #"<h1>Bridge to be repaired</h1><div class="byline-date">February 17, 2020</div>"#
        #expect(try datePublished(page(head: head, body: body)) == "2020-02-18T12:18:11+00:00")
    }
}

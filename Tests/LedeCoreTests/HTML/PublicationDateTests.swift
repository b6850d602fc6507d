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

    @Test func utcMetadataAtMiddayYieldsOnlyToTheHeader() throws {
        let head = #"<meta property="article:published_time" content="2020-02-18T12:18:11+00:00">"#
        let url = "https://example.org/2020/02/17/bridge"
        #expect(try datePublished(page(head: head, body: "<h1>Bridge to be repaired</h1>"), url: url) == "2020-02-18T12:18:11+00:00")
    }

    /// A UTC date-time late in the evening is the next day in the URL, which the publisher wrote.
    @Test func utcMetadataYieldsToTheURLDayAfter() throws {
        let head = #"<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">"#
        let url = "https://example.org/2019/01/01/ins-neue-jahr/"
        #expect(try datePublished(page(head: head, body: "<h1>Ins neue Jahr</h1>"), url: url) == "2019-01-01")
    }

    /// Metadata often carries a draft's or the last revision's date; readers see the header's.
    @Test func headerDateWinsOverDifferentMetadata() throws {
        let head = #"<meta name="date" content="2020-04-30"><meta property="article:published_time" content="2020-04-30T08:00:00+02:00">"#
        let body = #"<h1>Brücke wird saniert</h1><ul class="infoline"><li class="date"><time>29.04.2020, 12:01 Uhr</time></li></ul>"#
        #expect(try datePublished(page(head: head, body: body)) == "2020-04-29")
    }

    @Test func headerDateOnTheSameDayKeepsTheMetadataTime() throws {
        let head = #"<meta property="article:published_time" content="2020-04-29T12:01:00+02:00">"#
        let body = #"<h1>Brücke wird saniert</h1><span class="date">29.04.2020</span>"#
        #expect(try datePublished(page(head: head, body: body)) == "2020-04-29T12:01:00+02:00")
    }

    @Test func dateFarFromTheHeadlineDoesNotOverrideMetadata() throws {
        let head = #"<meta name="date" content="2020-02-11">"#
        let filler = String(repeating: "<div><span>Rioja</span></div>", count: 30)
        let body = #"<h1>Rioja</h1>"# + filler + #"<ul><li><span class="datum">09.05.2020 18:00 Uhr</span> Weinprobe</li></ul>"#
        #expect(try datePublished(page(head: head, body: body)) == "2020-02-11")
    }

    /// A date after the body's first paragraphs is not the header's.
    @Test func dateAfterTheFirstParagraphsDoesNotOverrideMetadata() throws {
        let head = #"<meta property="article:published_time" content="2020-01-02T03:04:05Z">"#
        let body = """
            <h1>Brücke wird saniert</h1><p>Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu sanieren.</p>
            <p>Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Stadt mit.</p>
            <span class="date">3. Februar 2021</span>
            """
        #expect(try datePublished(page(head: head, body: body)) == "2020-01-02T03:04:05+00:00")
    }

    @Test func pubdateAgreeingWithMetadataKeepsIt() throws {
        let head = #"<meta property="article:published_time" content="2020-01-13T18:54:00+01:00">"#
        let body = """
            <h1>Brücke wird saniert</h1><time itemprop="datePublished" datetime="2020-01-13T18:54:00+01:00">13. 1. 2020</time>
            <ul class="thread"><li class="member"><h4>Leser</h4><time datetime="2020-01-14T13:47:02+01:00">14.01.2020</time></li></ul>
            """
        #expect(try datePublished(page(head: head, body: body)) == "2020-01-13T18:54:00+01:00")
    }

    /// A site-wide "today" line sits above the article; the URL names the story's day.
    @Test func urlDateBeatsPrintedElements() throws {
        let body = #"<div class="masthead-date"><span class="date">Tue, 14 Jan 2020</span></div><h1>Megablaze brought under control</h1>"#
        let url = "https://example.org/world/megablaze-brought-under-control-20200113"
        #expect(try datePublished(page(body: body), url: url) == "2020-01-13")
    }

    @Test func datesInCommentsAreLeftOut() throws {
        let body = """
            <h1>Brücke wird saniert</h1><p>Veröffentlicht am 16.08.2019</p>
            <div class="comment-list"><div class="comment-body"><div class="comment-metadata">
            <time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></div><p>Toller Beitrag!</p></div></div>
            """
        #expect(try datePublished(page(body: body)) == "2019-08-16")
    }

    /// An opinion piece's header can be named for a comment; a date named as such is still read.
    @Test func headerNamedCommentIsStillRead() throws {
        let body = """
            <article class="ArticleHeaderComment"><h1>Was sich ändert</h1>
            <div class="PublishDate ArticleHeaderComment_publishDate"><span>Dienstag,</span> <span>29. Januar 2019</span></div></article>
            """
        #expect(try datePublished(page(body: body)) == "2019-01-29")
    }

    @Test func drupalSubmittedLine() throws {
        let body = """
            <h1>Faircoin Hackathon</h1><p>Stellungnahme bis 14.09.2016</p>
            <div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>
            """
        #expect(try datePublished(page(body: body)) == "2017-07-24")
    }

    @Test func linkToAnotherPublicationIsNotTheDate() throws {
        let body = """
            <h1>Migrationslage</h1><p><em>10.11.2021</em></p>
            <ul><li><a class="Publication" href="/pm34.html" title="Pressemitteilung Nr. 34 vom 08. November 2021">Nr. 34 vom 08. November 2021</a></li></ul>
            """
        #expect(try datePublished(page(body: body)) == "2021-11-10")
    }

    @Test func longTitleAttributeIsNotADate() throws {
        let body = """
            <h1>Brücke wird saniert</h1><span class="meta-date" title="Pressemitteilung vom 08. November 2021, Seite zwei">heute</span>
            <p>Stand 10.11.2021</p>
            """
        #expect(try datePublished(page(body: body)) == "2021-11-10")
    }

    /// The date on a line of its own, not the nearer one the story's first paragraph mentions
    /// (near the paragraph's start, but after words of the sentence: no dateline).
    @Test func shortLineBeatsADateInProse() throws {
        let body = """
            <h1>Zuschauerrückkehr bei den Proficlubs</h1>
            <p>Laut der am 28.01.2022 in Kraft getretenen Corona-Verordnung dürfen die Vereine wieder mehr Zuschauer
            in ihre Hallen lassen, teilte das Land am Mittwoch mit, nachdem die Zahlen gesunken waren.</p>
            <p><small>02.02.2022 • Redaktion</small></p>
            """
        #expect(try datePublished(page(body: body)) == "2022-02-02")
    }

    /// A paragraph opening with a place and the date is a dateline, not prose.
    @Test func datelineOpeningAParagraph() throws {
        let body = """
            <h1>Trauern digital</h1>
            <p>Karlsruhe, (12.11.2021). Traditionell gedenken Christinnen und Christen am Ewigkeitssonntag ihrer Verstorbenen,
            in diesem Jahr auch digital, wie die Landeskirche mitteilte, die das Angebot seit Jahren betreibt.</p>
            <p><small>Angebot seit 08.09.2010</small></p>
            """
        #expect(try datePublished(page(body: body)) == "2021-11-12")
    }

    @Test func labelOnTheLineBefore() throws {
        let body = "<h1>Neue Präsidentin gewählt</h1><p>Sitzung vom 12.10.2021</p><span>Erschienen am:</span> <h2> 13.10.2021 </h2>"
        #expect(try datePublished(page(body: body)) == "2021-10-13")
    }

    @Test func labelInASentenceIsTheStorysWord() throws {
        let body = """
            <h1>Mercurial and Python 3</h1><small>January 13, 2020 at 08:45 AM | categories: Python</small>
            <div><p>Mercurial 5.2 was released on November 5, 2019. It is the first version of Mercurial that supports
            Python 3, after a porting effort that took the better part of a decade and touched nearly every file.</p></div>
            """
        #expect(try datePublished(page(body: body)) == "2020-01-13")
    }
}

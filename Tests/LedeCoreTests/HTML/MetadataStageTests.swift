import LedeCore
import Testing

@Suite struct MetadataStageTests {
    @Test func jsonLDNewsArticleInAGraph() throws {
        let article = try extractHTML(page(head: """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Bus station to close","description":"The council votes.",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
             "articleSection":["Local","Transport"],"inLanguage":"en-GB","image":{"@type":"ImageObject","url":"https://x.test/a.jpg"}}]}</script>
            """, body: "<article>\(prose)</article>"))
        #expect(article.headline == "Bus station to close")
        #expect(article.description == "The council votes.")
        #expect(article.authors == ["Jane Doe", "John Roe"])
        #expect(article.section == "Local")
        #expect(article.language == "en-GB")
        #expect(article.image?.url == "https://x.test/a.jpg")
    }

    @Test func jsonLDArrayAndTypeList() throws {
        let article = try extractHTML(page(head: """
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["ReportageNewsArticle"],"headline":"From an array","author":"Jane Doe"}]</script>
            """, body: prose))
        #expect(article.headline == "From an array")
        #expect(article.authors == ["Jane Doe"])
    }

    @Test func openGraphAndMetaWhenNoJSONLD() throws {
        let article = try extractHTML(page(head: """
            <meta property="og:title" content="OG title"><meta name="description" content="Meta description">
            <meta name="author" content="Ana Lima"><meta property="article:section" content="World">
            <meta property="og:image" content="https://x.test/og.jpg"><link rel="canonical" href="https://x.test/story">
            """, body: prose))
        #expect(article.headline == "OG title")
        #expect(article.description == "Meta description")
        #expect(article.authors == ["Ana Lima"])
        #expect(article.section == "World")
        #expect(article.image?.url == "https://x.test/og.jpg")
        #expect(article.source.url == "https://x.test/story")
        #expect(article.language == "en")
    }

    @Test func jsonLDWinsOverOpenGraph() throws {
        let article = try extractHTML(page(head: """
            <meta property="og:title" content="OG title - Site name">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"The real headline"}</script>
            """, body: prose))
        #expect(article.headline == "The real headline")
    }

    @Test func itempropAuthorAndTheFirstHeadingAsFallbacks() throws {
        let article = try extractHTML(page(body: """
            <article><h1>Heading <em>only</em></h1><span itemprop="author" itemscope><span itemprop="name">Bo Chen</span></span>\(prose)</article>
            """))
        #expect(article.headline == "Heading only")
        #expect(article.authors == ["Bo Chen"])
    }

    @Test func brokenJSONLDIsIgnored() throws {
        let article = try extractHTML(page(head: #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>x</title>"#, body: prose))
        #expect(article.body.count == 3)
    }

    @Test func theVisibleBylineWhenMetadataNamesNoAuthor() throws {
        let article = try extractHTML(page(body: """
            <header><a class="author" href="/about">Site Team</a></header>
            <article><h1>Bus station to close</h1><p class="byline">By Jane Doe and John Roe, Reuters</p>\(prose)</article>
            """))
        #expect(article.authors == ["Jane Doe", "John Roe"])
    }

    @Test func metadataAuthorsArePeopleOnly() throws {
        let article = try extractHTML(page(head: """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Organization","name":"Reuters"},{"name":"By JANE DOE"}]}</script>
            """, body: prose))
        #expect(article.authors == ["JANE DOE"])
    }
}

import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// Headline, authors and publication date on real pages of the Scrapinghub
/// article-extraction benchmark (MIT licence), which lives beside the repository in
/// `../shared/corpus/aeb-dev`. Every expected value was checked by hand on the page itself
/// (the visible headline, the byline, the date printed near the headline, JSON-LD and meta),
/// not taken from lede's output. Authors are people only: agencies, staff and desk bylines,
/// site accounts and organisations expect `[]` (see README, `authors`). Dates are the
/// date part as the page prints it. The suite is skipped on machines without `../shared`.
@Suite(.enabled(if: BenchmarkPage.corpusAvailable, "needs ../shared/corpus/aeb-dev beside the repository"))
struct BenchmarkPageTests {
    /// Pages lede gets fully right.
    static let pages: [BenchmarkPage] = [
        // headline: h1; author: h6.byline "By Carrie Arnold" (upper-cased by CSS only); date: "November 15, 2019" under it
        .init("bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06", "Cells That ‘Taste’ Danger Set Off Immune Responses", ["Carrie Arnold"], "2019-11-15"),
        // headline: h1; author: span.authors "by Jeff Foust"; date: byline time "November 18, 2019" (meta 2019-11-19T04:50Z is the same instant in UTC)
        .init("d1c57d7821e5a5b27fb468c59489601bb2a042b1c05221166e3221d2b5dc217f", "NASA adds five companies to commercial lunar lander program", ["Jeff Foust"], "2019-11-18"),
        // headline: h1.article-title; byline "By JERUSALEM POST STAFF" is the desk, no person; date: subline "NOVEMBER 20, 2019 10:43"
        .init("e372e42c0a3df7b86e1c0bacf7bc14d042144a01e88833bc5a643d61b3547090", "Son of former German president stabbed to death in Berlin", [], "2019-11-20"),
        // headline: h1; byline "News Nation Bureau" is the desk, no person; date: "19 November 2019, 09:01 AM" beside it (JSON-LD +05:30)
        .init("076f4f33bf75059db581bedf36e76fb65e89a8f7752db3339aa3ea11c5122f32", "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?", [], "2019-11-19"),
        // headline: h1; byline "Reuters" is an agency, no person; date: time "Nov. 20, 2019, 9:28 AM UTC"
        .init("5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e", "House Hitler was born in will become a police station, Austria says", [], "2019-11-20"),
        // headline: h1.ArticleHeader_headline; author: BylineBar_byline link; date: ArticleHeader_date "November 19, 2019" (meta 2019-11-19T21:57Z)
        .init("57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca", "Oversupply angst drags oil lower, stocks drift near highs", ["Rodrigo Campos"], "2019-11-19"),
        // headline: post h2 (site h1 is the blog name); byline "by Admin" is an account, no person; date: span.postdate "Maret 30, 2015"
        .init("21486419bb109c5a62a68957f528e6ff29c92f58d8d3c1f2837c86ff3f3e11f9", "Jangan Membenci Satu Kaum Secara Berlebihan", [], "2015-03-30"),
        // headline: h1; author: span.entry-author itemprop name; date: time.entry-published "27/09/2018"
        .init("23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e", "Uma palinha das brincadeiras musicais do grupo Serelepe", ["Carlos Nadalim"], "2018-09-27"),
        // headline: h1; author: "by Laura Winter" under the headline (JSON-LD Person too); date: time "19 Nov 2019 05:44 GMT"
        .init("42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc", "NASA’s commercial moon shot: Musk's and Bezos's firms to bid", ["Laura Winter"], "2019-11-19"),
        // headline: h1; author: c-byline "By Chaim Gartenberg"; date: byline time "Nov 19, 2019, 7:53pm EST" (JSON-LD -05:00)
        .init("785affa2c34e6e4844ef080e98e1a1e532eeeb671bdacebfb9e98ad7320ff382", "Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct", ["Chaim Gartenberg"], "2019-11-19"),
        // headline: h1; no byline (only the outlet name opening the text); date: div.article_date "November 20, 2019 - 11:28 AMT"
        .init("d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756", "Amnesty. More than 100 protesters killed in Iran unrest", [], "2019-11-20"),
        // headline: h1; author: publish-info "By Laura Mowat"; date: time "PUBLISHED: 10:48, Tue, Nov 19, 2019"
        .init("624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35", "Hong Kong chaos: China deploys troops and warns SURRENDER is only option", ["Laura Mowat"], "2019-11-19"),
        // headline: h1.entry-title; author box "rmb8090" is the site's account, no person; date: entry-content-post-date "02 Ago 2017"
        .init("b6fb53e9fb043c98eb1e6530a1074c40922e29025f5454809f3938a7c174faa3", "Remake serie animata de “I Cavalieri dello Zodiaco” per Netflix", [], "2017-08-02"),
    ]

    /// Pages where lede gets at least one field wrong: the expectation stays the correct
    /// value, and the listed fields are checked inside `withKnownIssue`.
    static let knownWrong: [KnownWrongPage] = [
        // headline: visible h1 (og/JSON-LD carry a shorter social headline); byline is the outlet "BBC News" (JSON-LD NewsMediaOrganization); date: div.date "19 November 2019"
        .init("c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23", "Julian Assange: Sweden drops rape investigation", [], "2019-11-19", wrong: [.authors]),
        // headline: h1 (og:title adds " | Editorial"); byline "Editorial" is the desk, no person; date: time datePublished "Mon 18 Nov 2019 18.54 GMT"
        .init("5fa3154ec031ab35411a457d78eb5aa92c0e803c5329bd05c001e6d64009e206", "The Guardian view on Hong Kong: a city on the brink", [], "2019-11-18", wrong: [.authors]),
        // headline: h1 (og:title is an SEO title); author: header "Текст: Лида Буслаева" (lede takes a comment's "Гость"); date: header "11 октября 2018"
        .init("c82b3d1d540bbbd6081bdfb78b4c068c583aa766bcaaefe7ad16d24e5413a829", "53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»", ["Лида Буслаева"], "2018-10-11", wrong: [.headline, .authors]),
        // headline: dl.newsTitle dt (the h1 is the site name); author: sign-off "칼럼니스트 박생강" (columnist Park Saeng-gang); date: "기사입력 :[ 2018-09-28 17:32 ]"
        .init("9da36ae4714bfccc72374c6c146e9d1cd3cca39e2110bd67ccdbcc806f4cf139", "악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미", ["박생강"], "2018-09-28", wrong: [.headline, .authors]),
        // headline: h1.hero__headline; author: a.author-link "Moritz Bachmann" above it; date: "publiziert am 30. Juli 2018"
        .init("ba07d1e64775f4090e39116c382111f5a2cfe9528dd179673f4e9bfcea370c15", "Take C.A.R.E. - comwrap auf der DMEXCO 2018", ["Moritz Bachmann"], "2018-07-30", wrong: [.authors]),
        // headline: h1; no byline, JSON-LD author is Organization "RT"; date: article__date "20 Nov, 2019 05:47"
        .init("4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a", "‘He died in my hands’: 3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant", [], "2019-11-20", wrong: [.authors]),
        // headline: h1.blog-title; author: JSON-LD Person "kei_eno" (pen name; no visible byline); date: div.pagedate "2018-08-16"
        .init("f105de6e63ca91ea482f60193f6252092557f969f2fd128ff68c0d4d6b90dd7d", "Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法", ["kei_eno"], "2018-08-16", wrong: [.authors]),
    ]

    @Test(arguments: pages)
    func extractsHeadlineAuthorsAndDate(_ page: BenchmarkPage) throws {
        let article = try page.extract()
        for field in BenchmarkPage.Field.allCases {
            page.check(field, of: article)
        }
    }

    @Test(arguments: knownWrong)
    func knownGaps(_ known: KnownWrongPage) throws {
        let article = try known.page.extract()
        for field in BenchmarkPage.Field.allCases where !known.wrong.contains(field) {
            known.page.check(field, of: article)
        }
        // One known issue per field, so a field that becomes right shows up as a failure to move.
        for field in BenchmarkPage.Field.allCases where known.wrong.contains(field) {
            withKnownIssue("lede gets \(field.rawValue) wrong on \(known.page.shortID)") {
                known.page.check(field, of: article)
            }
        }
    }
}

/// One benchmark page and its hand-checked facts.
struct BenchmarkPage: Sendable, CustomTestStringConvertible {
    enum Field: String, CaseIterable, Sendable {
        case headline, authors, date
    }

    let id: String
    let headline: String
    let authors: [String]
    /// The date part (`YYYY-MM-DD`) of `datePublished`.
    let date: String

    init(_ id: String, _ headline: String, _ authors: [String], _ date: String) {
        self.id = id
        self.headline = headline
        self.authors = authors
        self.date = date
    }

    var shortID: String { String(id.prefix(12)) }
    var testDescription: String { shortID }

    static let corpus = Fixtures.repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared")
        .appendingPathComponent("corpus/aeb-dev/html")

    static var corpusAvailable: Bool {
        FileManager.default.fileExists(atPath: corpus.path)
    }

    func extract() throws -> Article {
        let url = Self.corpus.appendingPathComponent(id + ".html.gz")
        return try Extractor().extract(InputDocument(bytes: Fixtures.bytes(url), path: url.path))
    }

    func check(_ field: Field, of article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        switch field {
        case .headline:
            #expect(article.headline == headline, "headline of \(shortID)", sourceLocation: sourceLocation)
        case .authors:
            #expect(article.authors == authors, "authors of \(shortID)", sourceLocation: sourceLocation)
        case .date:
            #expect(article.datePublished.map { String($0.prefix(10)) } == date, "datePublished of \(shortID)", sourceLocation: sourceLocation)
        }
    }
}

/// A page lede gets partly wrong, with the fields it misses.
struct KnownWrongPage: Sendable, CustomTestStringConvertible {
    let page: BenchmarkPage
    let wrong: Set<BenchmarkPage.Field>

    init(_ id: String, _ headline: String, _ authors: [String], _ date: String, wrong: Set<BenchmarkPage.Field>) {
        page = BenchmarkPage(id, headline, authors, date)
        self.wrong = wrong
    }

    var testDescription: String { page.shortID }
}

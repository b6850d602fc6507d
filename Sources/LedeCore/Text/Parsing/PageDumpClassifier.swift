/// Line classes for whole-page text dumps, after jusText and boilerpipe: each line of a dump
/// is judged on its own length, punctuation and stop-word density, on the shape of the
/// blank-line block around it (a menu is many short lines), and on boilerplate phrases.
enum LineQuality: Equatable, Sendable {
    /// A sentence or paragraph of prose: long enough, ending like a sentence, with stop words.
    case good
    /// A short sentence (7 to 11 words): counts for the article at half weight.
    case near
    /// Too short to judge: a subheading, a caption, a name, a date, a teaser cut off with `…`.
    case short
    /// Page furniture: menus, `|`-separated links, boilerplate phrases, dates alone, comment headers.
    case bad
}

/// What is known about one line of a page dump.
struct DumpLine: Equatable, Sendable {
    var quality: LineQuality
    /// Words, with CJK characters counting one word per two (they are written without spaces).
    var weight: Int
    /// Furniture for what the line says (a boilerplate phrase, `|`-separated links, a date
    /// alone, a comment header), not only for where it stands: taken out even inside the article.
    var isFurnitureByText = false
}

enum PageDumpClassifier {
    /// Small stop-word lists for the common languages: a prose line is dense in them.
    static let stopWords: [String: Set<String>] = [
        "en": words("""
            the a an and or but of to in on at for with by from as is are was were be been has have had it its this that
            these those he she they we you i his her their our not no will would can could said says who which what when
            there than also about after over into more
            """),
        "de": words("""
            der die das und oder aber von zu im in am an auf für mit bei aus als ist sind war waren wird werden hat haben
            es ein eine einen dem den des sich nicht auch wie dass er sie wir ich nach noch nur um über
            """),
        "fr": words("""
            le la les et ou mais de des du à au aux en dans sur pour par avec est sont était a ont un une ce cette il elle
            ils nous vous je qui que ne pas plus se sa son ses leur été comme
            """),
        "es": words("""
            el la los las y o pero de del a al en con por para es son fue era ha han un una que se no su sus lo como más
            este esta le les ya muy sobre
            """),
        "pt": words("""
            o a os as e ou mas de do da dos das em no na nos nas com por para é são foi era um uma que se não seu sua
            como mais este esta ao aos ele ela também muito
            """),
        "it": words("""
            il lo la i gli le e o ma di del della dei delle a al alla in nel nella con per è sono era un una che si non
            suo sua come più questo questa anche ha hanno
            """),
        "nl": words("""
            de het een en of maar van in op aan voor met door uit als is zijn was waren wordt worden heeft hebben dat die
            dit niet ook er ze hij zij we ik naar nog om over
            """),
    ]

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    /// Phrases of page furniture, judged on lines that are short or do not end like a sentence.
    static let boilerplate = Pattern(
        #"©|copyright|all rights reserved|terms of (?:service|use)|privacy (?:policy|notice)|cookie|sign up|subscribe|newsletter|log ?in\b|sign in\b|advertis|follow us|share (?:this|on)|related|recommended|read more|more from|click here|download (?:the|our) app"#)

    /// Phrases that make a line furniture whatever its length: cookie and legal notices, calls to subscribe.
    static let strongBoilerplate = Pattern(
        #"this (?:web)?site uses cookies|we use cookies|cookies? (?:policy|settings|preferences)|accept (?:all )?cookies|privacy policy|terms (?:of|and) (?:use|service|conditions)|all rights reserved|©|you agree to|by continuing|newsletter|sign up (?:for|to)|subscribe (?:to|for|now)|unsubscribe|enable javascript|ad ?blocker|your email address will not be published|required fields are marked|your personal data|data (?:protection|privacy) policy"#)

    /// A line holding nothing but a date, a time, or an age ("3 hours ago").
    static let dateOnly = Pattern(
        #"^(?:(?:published|posted|updated|last updated):?\s*)?(?:\p{L}+,? )?(?:\d{1,2}(?:st|nd|rd|th)? \p{L}+|\p{L}+ \d{1,2}(?:st|nd|rd|th)?),? \d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: \p{L}{2,4})?)?$|^\d{1,2}[:.]\d{2}$|^\d+ (?:minutes?|hours?|days?|weeks?) ago$"#)

    /// The header of one reader comment: "Name says:", "Name on May 2, 2019 at 4:47 pm said:".
    static let commentAuthor = Pattern(
        #"^.{1,60}\b(?:says|said|wrote)\s*:$|^.{1,60} on \p{L}+ \d{1,2},? \d{4},? at \d{1,2}:\d{2}.{0,12}$"#)

    /// The heading of a comment section: "34 Comments", "12 responses to …", "Leave a reply".
    static let commentHeading = Pattern(
        #"^(?:\d+ )?(?:comments?|responses?|replies|reactions)(?: to .{0,200}| \(\d+\))?:?$|^leave a (?:comment|reply)|^(?:join|start) the (?:conversation|discussion)|^(?:show|view|load) (?:all )?(?:\d+ )?comments|^comments? (?:are )?closed"#)

    private static let sentenceEnd: Set<Character> = [".", "!", "?", "\"", "”", "’", "'", ")", "…", ":", ";", "»", "。", "！", "？", "」"]

    /// The words of a line, lowercased: runs of letters and digits.
    static func tokens(_ text: String) -> [Substring] {
        let lower = text.lowercased()
        return lower[...].split { !($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// Words, counting CJK characters one word per two.
    static func weight(_ text: String, tokens: [Substring]) -> Int {
        let cjk = text.unicodeScalars.filter(isCJK).count
        return tokens.count + cjk / 2
    }

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7AF: return true
        default: return false
        }
    }

    /// The stop-word language of the text, when one list covers at least 8% of its words.
    static func language(of texts: [String]) -> String? {
        var counts: [String: Int] = [:]
        var total = 0
        for text in texts {
            for token in tokens(text) {
                total += 1
                let word = String(token)
                for (language, list) in stopWords where list.contains(word) { counts[language, default: 0] += 1 }
            }
        }
        guard total > 0, let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
            best.value * 100 >= total * 8
        else { return nil }
        return best.key
    }

    /// Classifies every line. `furniture` marks lines an earlier stage already took out as artefacts.
    static func classify(_ lines: [TextLine], furniture: Set<Int>, language: String?) -> [DumpLine] {
        let stops = language.flatMap { stopWords[$0] }
        let tokenized = lines.map { tokens($0.text) }
        let weights = lines.indices.map { weight(lines[$0].text, tokens: tokenized[$0]) }
        var blockSizes: [Int: (lines: Int, short: Int)] = [:]
        for index in lines.indices {
            var entry = blockSizes[lines[index].block] ?? (0, 0)
            entry.lines += 1
            if weights[index] <= 6 { entry.short += 1 }
            blockSizes[lines[index].block] = entry
        }
        var classes = lines.indices.map { index in
            if furniture.contains(index) { return DumpLine(quality: .bad, weight: weights[index]) }
            let block = blockSizes[lines[index].block] ?? (1, 0)
            let isMenu = block.lines >= 4 && block.short * 10 >= block.lines * 6 && weights[index] <= 6
            return judge(lines[index].text, tokens: tokenized[index], weight: weights[index], isMenu: isMenu, stops: stops)
        }
        // A hard-wrapped paragraph is judged whole: its lines end mid-sentence one by one.
        var start = 0
        while start < lines.count {
            var end = start + 1
            while end < lines.count, lines[end].block == lines[start].block { end += 1 }
            let texts = lines[start..<end].map(\.text)
            if end - start >= 2, (start..<end).allSatisfy({ !furniture.contains($0) }), BlockSyntax.isHardWrapped(texts) {
                let joined = texts.joined(separator: " ")
                let whole = judge(joined, tokens: tokens(joined), weight: weights[start..<end].reduce(0, +), isMenu: false, stops: stops)
                if whole.quality == .good || whole.quality == .near {
                    for index in start..<end { classes[index] = DumpLine(quality: whole.quality, weight: weights[index]) }
                }
            }
            start = end
        }
        return classes
    }

    /// Stems every boilerplate phrase contains one of: lines without any skip those patterns,
    /// which cost a regular expression call each (`PageDumpStageTests` covers the phrases).
    private static let boilerplateStems = [
        "copyright", "rights", "terms", "privacy", "cookie", "sign", "subscri", "newsletter", "log", "follow", "share",
        "related", "recommended", "read more", "more from", "click", "download", "website", "site uses", "accept",
        "agree", "continuing", "javascript", "blocker", "ad block", "email", "required", "personal data", "data",
        "advertis", "policy",
    ]

    private static func mightBeBoilerplate(_ text: String) -> Bool {
        if text.contains("©") { return true }
        let bytes = Array(text.utf8)
        return boilerplateStems.contains { bytes.containsASCII(caseInsensitive: $0) }
    }

    private static func judge(_ text: String, tokens words: [Substring], weight count: Int, isMenu: Bool, stops: Set<String>?) -> DumpLine {
        let endsSentence = text.last.map(sentenceEnd.contains) ?? false
        let mayBeBoilerplate = mightBeBoilerplate(text)
        let isBoilerplate = mayBeBoilerplate
            && (((count <= 12 || !endsSentence) && boilerplate.matches(text)) || strongBoilerplate.matches(text))
        let separators = text.filter { $0 == "|" || $0 == "•" || $0 == "·" }.count
        let hasDigit = text.utf8.contains { (0x30...0x39).contains($0) }
        let mayBeComment = text.hasSuffix(":") || hasDigit
        if isBoilerplate || separators >= 2 || (hasDigit && dateOnly.matches(text)) || (mayBeComment && commentAuthor.matches(text)) {
            return DumpLine(quality: .bad, weight: count, isFurnitureByText: true)
        }
        if isMenu { return DumpLine(quality: .bad, weight: count) }
        let density: Double? = stops.map { list in
            Double(words.filter { list.contains(String($0)) }.count) / Double(max(1, words.count))
        }
        let isTruncated = (text.hasSuffix("...") && !text.hasSuffix("....")) || text.hasSuffix("…")
        if isTruncated { return DumpLine(quality: .short, weight: count) }
        if count >= 12, density.map({ $0 >= 0.12 }) ?? true, endsSentence || count >= 25 {
            return DumpLine(quality: .good, weight: count)
        }
        if count >= 7, endsSentence, density.map({ $0 >= 0.1 }) ?? true {
            return DumpLine(quality: .near, weight: count)
        }
        return DumpLine(quality: .short, weight: count)
    }

    /// What a line adds to a run: prose counts by its words, anything else costs.
    static func score(_ line: DumpLine) -> Double {
        switch line.quality {
        case .good: Double(line.weight)
        case .near: Double(line.weight) * 0.5
        case .short: -4
        case .bad: -Double(max(8, line.weight))
        }
    }

    /// The prompt above a comment form: "Leave a Reply", "Post a comment".
    static let commentForm = Pattern(#"^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment)\b.{0,40}$"#)

    /// The first line of a comment section: a comment form's prompt in the last two thirds of
    /// the text, or the first of at least two comment headers (with the section heading above it).
    static func commentsStart(_ lines: [TextLine]) -> Int? {
        let form = lines.indices.first { $0 >= lines.count / 3 && commentForm.matches(lines[$0].text) }
        let authors = lines.indices.filter { commentAuthor.matches(lines[$0].text) }
        guard authors.count >= 2, let first = authors.first else { return form }
        let heading = (max(0, first - 8)..<first).first { commentHeading.matches(lines[$0].text) }
        return min(heading ?? first, form ?? Int.max)
    }
}

/// The densest run of prose lines: lines are grouped into alternating runs of scoring and
/// costing lines; a costing run costs more the longer it is (one stray line inside an article
/// is cheap, a list of related links is not); the best-scoring contiguous stretch wins.
struct DenseRun {
    struct Segment {
        var first: Int
        var last: Int
        var score: Double
    }

    /// How much more each further line of a costing run weighs.
    static let growth = 0.5
    /// How far below a headline occurrence the article may start.
    static let headlineWindow = 12
    /// A run below a headline wins over a better one elsewhere down to this share of its score.
    static let anchoredShare = 0.3

    let segments: [Segment]

    init(scores: [Double], in range: Range<Int>) {
        var segments: [Segment] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let positive = scores[index] > 0
            var end = index
            var total = 0.0
            while end < range.upperBound, (scores[end] > 0) == positive {
                total += scores[end]
                end += 1
            }
            if !positive { total *= 1 + Self.growth * Double(end - index - 1) }
            segments.append(Segment(first: index, last: end - 1, score: total))
            index = end
        }
        self.segments = segments
    }

    /// The best stretch anywhere (maximum-sum run of segments), with its score.
    func best() -> (range: ClosedRange<Int>, score: Double)? {
        var best: (ClosedRange<Int>, Double)?
        var current = 0.0
        var start = 0
        for segment in segments {
            if current <= 0 {
                current = 0
                start = segment.first
            }
            current += segment.score
            if current > (best?.1 ?? 0) { best = (start...segment.last, current) }
        }
        return best
    }

    /// The best stretch that starts within `headlineWindow` lines below one of the given lines.
    func best(below anchors: [Int]) -> (range: ClosedRange<Int>, score: Double)? {
        var best: (ClosedRange<Int>, Double)?
        for anchor in anchors {
            guard let start = segments.firstIndex(where: { $0.first > anchor && $0.first <= anchor + Self.headlineWindow && $0.score > 0 })
            else { continue }
            var total = 0.0
            for segment in segments[start...] {
                total += segment.score
                if total > (best?.1 ?? 0) { best = (segments[start].first...segment.last, total) }
            }
        }
        return best
    }
}

/// The page's `<title>`, as a dump's first line shows it ("Headline - Site Name", "Section | Headline").
enum PageTitle {
    private static let separator = Pattern(#"\s+[|\-–—:»·]\s+"#)

    /// Lowercased words joined by single spaces: how lines are compared with the title.
    static func normalized(_ text: String) -> String {
        PageDumpClassifier.tokens(text).joined(separator: " ")
    }

    /// The parts of a title between its separators.
    static func parts(_ title: String) -> [String] {
        var parts: [String] = []
        var start = title.startIndex
        for range in separator.ranges(in: title) {
            parts.append(String(title[start..<range.lowerBound]))
            start = range.upperBound
        }
        parts.append(String(title[start...]))
        return parts.filter { !$0.isEmpty }
    }

    /// The normalised forms a headline line may take: the whole title, the title without its
    /// last part (the site name), and its longest part. Each has at least two words.
    static func candidates(_ title: String) -> Set<String> {
        let parts = parts(title)
        var candidates: Set<String> = [normalized(title)]
        if parts.count > 1 {
            candidates.insert(normalized(parts.dropLast().joined(separator: " ")))
            if let longest = parts.max(by: { $0.count < $1.count }) { candidates.insert(normalized(longest)) }
        }
        return candidates.filter { $0.split(separator: " ").count >= 2 }
    }

    /// The title without a trailing site name: "Headline - Site Name" gives "Headline".
    static func withoutSiteName(_ title: String) -> String {
        let parts = parts(title)
        guard parts.count > 1, let last = parts.last, let range = separator.ranges(in: title).last,
            last.count < title.count / 2
        else { return title }
        return String(title[..<range.lowerBound])
    }
}

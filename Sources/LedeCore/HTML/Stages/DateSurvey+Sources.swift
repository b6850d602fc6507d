import Foundation

/// Each place a page may state its publication date, read from a `DateSurvey`; nil when the
/// page says nothing there.
extension DateSurvey {
    static let scriptKey = try! NSRegularExpression(
        pattern: #"["']?\b(datePublished|dateCreated|article_?publication_?date|publication_?(?:date|time)|publish(?:ed)?_?(?:date|time|at|on)|publishingDate|cmsPublishingDate|pub_?date|first_?published(?:_?(?:date|time|at))?|date_?published)["']?\s*[:=]\s*["']([^"'<>\n]{6,40})["']"#,
        options: [.caseInsensitive])

    /// A publication key in a script: JSON-LD first, then page variables. Every key holds
    /// "date" or "pub" (no other characters fold to those letters), and a match reaches at most
    /// a dozen units before it and, the value's white space aside, 120 after it (see `MatchWindows`);
    /// the rest of the key and a quote take at most 25 units before the `:` or `=`.
    func scriptDate() -> ParsedDate? {
        for wantJSONLD in [true, false] {
            for script in scripts where script.isJSONLD == wantJSONLD {
                let text = script.node.text
                let source = text as NSString
                let anchor = MatchWindows.Anchor.words([Array("date".utf8), Array("pub".utf8)], valueWithin: 40)
                let windows = MatchWindows(units: Array(text.utf16), anchor: anchor, before: 12, after: 120)
                for match in windows.matches(of: Self.scriptKey) {
                    let value = source.substring(with: match[2]).replacingOccurrences(of: "\\/", with: "/")
                    if let date = plausible(DateScanner.machineDate(value, monthFirst: monthFirst)) { return date }
                }
            }
        }
        return nil
    }

    /// `<time pubdate>` or `itemprop=datePublished` in the page.
    func markedDate() -> ParsedDate? {
        (marked.first { !$0.inNoise } ?? marked.first)?.date
    }

    /// The dated element nearest the headline: after it by preference, outside furniture by preference.
    func printedCandidate() -> Candidate? {
        named.min { a, b in
            if a.inNoise != b.inNoise { return !a.inNoise }
            return distance(a.index) < distance(b.index)
        }
    }

    func printedDate() -> ParsedDate? { printedCandidate()?.date }

    /// The dated element in the article's header: the one nearest the headline, within a few
    /// dozen elements of it or of the start of the content (a `<header>` counts, furniture or
    /// not), and before the body's second paragraph.
    func headerDate() -> ParsedDate? {
        guard let candidate = printedCandidate(), distance(candidate.index) <= 40, candidate.index < bodyStart ?? Int.max else { return nil }
        return candidate.date
    }

    /// How far an element is from the start of the article, in elements; those before it count triple.
    func distance(_ index: Int) -> Int {
        anchors.map { index >= $0 ? index - $0 : ($0 - index) * 3 }.min() ?? index
    }

    private static let label = Pattern(
        #"(ver[öo]e?ffentlicht|erschienen|publiziert|erstellt|eingestellt|geschrieben|datum|published|posted|written|released|publié|publie|mis en ligne|publicado|publicada|pubblicato|gepubliceerd|geplaatst)\W{0,3}(am|on|le|el|em|il|op|den|:)?\s*[:\-–]?\s*$"#
    )
    private static let modifiedLabel = Pattern(#"(aktualisiert|geändert|updated|modified|mis à jour|actualizado|aggiornato)"#)

    /// A date right after a publication label in the page text, on a line of its own or opening
    /// a paragraph. `hits` are the dates in `page.text`.
    func labelledTextDate(among hits: [DateScanner.Hit], in page: PageText) -> ParsedDate? {
        let source = page.text as NSString
        for hit in hits {
            let start = max(0, hit.offset - 40)
            let before = source.substring(with: NSRange(location: start, length: hit.offset - start)).lowercased()
            // The label's own line, or the line before when the date stands on a line of its own
            // ("Erschienen am:" in one element, the date in the next).
            let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
            let onItsOwn = lines.count > 1 && lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true
            let trimmedBefore = String(onItsOwn ? lines[lines.count - 2] : lines.last ?? "")
            guard Self.label.matches(trimmedBefore), !Self.modifiedLabel.matches(trimmedBefore) else { continue }
            // In a sentence ("5.2 was released on November 5, 2019") the label is the story's
            // word; a paragraph may still open with one ("Published on March 3, 2020 – ...").
            if let at = page.offsets.lastIndex(where: { $0 <= hit.offset }), isProse(textParts[at]),
                !textParts[at].opensBlock || source.substring(with: NSRange(location: page.offsets[at], length: hit.offset - page.offsets[at])).words.count > 3
            {
                continue
            }
            if let date = plausible(hit.date) { return date }
        }
        return nil
    }

    private static let urlPatterns = [
        Pattern(#"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])"#),
        Pattern(#"[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)"#),
        Pattern(#"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)"#),
    ]

    /// A full date in the page's URL.
    func urlDate() -> ParsedDate? {
        guard let url else { return nil }
        for pattern in Self.urlPatterns {
            if let groups = pattern.groups(url), let year = groups[1].flatMap({ Int($0) }), let month = groups[2].flatMap({ Int($0) }),
                let day = groups[3].flatMap({ Int($0) }), let date = plausible(ParsedDate(year: year, month: month, day: day))
            {
                return date
            }
        }
        return nil
    }

    /// Whether a date at `offset` in `text` is a dateline opening a paragraph: first in it, or
    /// after a place and a comma or bracket ("Karlsruhe, (12.11.2021).") rather than after a word
    /// of the sentence ("On July 31, 2019, ...").
    private func isDateline(in text: String, from start: Int, to offset: Int) -> Bool {
        guard offset - start < 40 else { return false }
        let before = (text as NSString).substring(with: NSRange(location: start, length: offset - start)).trimmed
        guard let last = before.unicodeScalars.last else { return true }
        return ",(–—-|/:".unicodeScalars.contains(last)
    }

    /// The date printed nearest the start of the article (a few elements before it, or after it):
    /// outside furniture, or in furniture beside the headline (a `<header>`), by preference; then
    /// on a short line of its own or opening a paragraph (a dateline) rather than in prose.
    /// `hits` are the dates in `page.text`.
    func nearestTextDate(among hits: [DateScanner.Hit], in page: PageText) -> ParsedDate? {
        var best: (date: ParsedDate, rank: (Int, Int, Int, Int))?
        for hit in hits {
            guard let at = page.offsets.lastIndex(where: { $0 <= hit.offset }), let date = plausible(hit.date),
                anchors.contains(where: { textParts[at].index >= $0 - 15 })
            else { continue }
            let part = textParts[at]
            let away = distance(part.index)
            let inProse = isProse(part) && !(part.opensBlock && isDateline(in: page.text, from: page.offsets[at], to: hit.offset))
            let inNoise = isNoise(part)
            let rank = (inNoise && away > 10 ? 1 : 0, inProse ? 1 : 0, inNoise ? 1 : 0, away)
            if let current = best, current.rank <= rank { continue }
            best = (date, rank)
        }
        return best?.date
    }
}

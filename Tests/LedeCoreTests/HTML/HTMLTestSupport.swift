import LedeCore

/// Runs the HTML pipeline on a page written inline in a test.
func extractHTML(_ html: String, id: String = "page") throws -> Article {
    try Extractor().extract(InputDocument(bytes: Array(html.utf8), path: id + ".html"))
}

/// A page with the given head and body markup.
func page(head: String = "", body: String) -> String {
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
}

/// Three paragraphs of article-like prose.
let prose = """
    <p>The council voted on Tuesday to close the old bus station, ending a debate that has run for most of the decade.</p>
    <p>Traders on the street said they feared the loss of passing trade, while residents welcomed the end of late-night noise.</p>
    <p>A final decision on what replaces the station, the council said, is expected in the spring, after a public consultation.</p>
    """

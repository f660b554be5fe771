import Foundation

/// News-shaped HTML and a feed built from plain-text articles, for timing the format readers:
/// each page has what real pages carry around the story (head metadata, scripts, navigation,
/// a cookie banner, related links, comments, a footer) and the story's paragraphs inside <article>.
enum BenchmarkPages {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// One page around `text` (its first paragraph is the headline).
    static func page(_ text: String, number: Int) -> String {
        let parts = paragraphs(text)
        let headline = escaped(parts.first ?? "Untitled")
        let body = parts.dropFirst().map { "<p>\(escaped($0))</p>" }.joined(separator: "\n")
        let links = (1...12).map { "<li><a href=\"/news/\(number)-\($0)\">Related story number \($0) about the same subject</a></li>" }
            .joined()
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(headline) | Benchmark Gazette</title>
            <meta property="og:title" content="\(headline)"><meta property="og:site_name" content="Benchmark Gazette">
            <meta property="article:published_time" content="2026-03-14T09:30:00Z"><link rel="canonical" href="https://gazette.example/\(number)">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\(headline)","author":{"@type":"Person","name":"Staff"}}</script>
            <script>window.analytics = {"page": \(number), "html": "</p><p>not text"}; for (var i = 0; i < 10; i++) { track(i); }</script>
            <style>body { font-family: serif } .banner { position: fixed } .related li { display: inline }</style></head>
            <body><div id="cookie-banner" class="consent"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept</button></div>
            <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
            <main><article><h1>\(headline)</h1><p class="byline">By Staff Writer</p>
            \(body)
            <div class="related"><h3>Related</h3><ul>\(links)</ul></div></article>
            <section class="comments"><h3>Comments</h3><p>First comment on this story, from a reader who has opinions.</p><p>A reply that disagrees with the first comment entirely.</p></section></main>
            <aside><p>Most read: five things to do this weekend in the valley and beyond.</p></aside>
            <footer><p>Copyright 2026 Benchmark Gazette. All rights reserved.</p></footer></body></html>
            """
    }

    /// Pages around the texts, repeated in order until together they reach `megabytes`.
    static func pages(_ texts: [String], megabytes: Int) -> [Data] {
        let target = max(1, megabytes) * 1_000_000
        var result: [Data] = []
        var total = 0
        while total < target {
            for text in texts where total < target {
                let data = Data(page(text, number: result.count).utf8)
                result.append(data)
                total += data.count
            }
        }
        return result
    }

    /// An RSS feed of `items` items whose content:encoded holds the texts' paragraphs.
    static func feed(_ texts: [String], items: Int) -> Data {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Benchmark feed</title>

            """
        for index in 0..<items {
            let parts = paragraphs(texts[index % texts.count])
            let body = parts.dropFirst().map { "<p>\(escaped($0))</p>" }.joined()
            out += "<item><title>\(escaped(parts.first ?? "Item"))</title><link>https://gazette.example/\(index)</link>"
                + "<guid>https://gazette.example/\(index)</guid><pubDate>Sat, 14 Mar 2026 09:30:00 GMT</pubDate>"
                + "<content:encoded><![CDATA[\(body)]]></content:encoded></item>\n"
        }
        return Data((out + "</channel></rss>\n").utf8)
    }
}

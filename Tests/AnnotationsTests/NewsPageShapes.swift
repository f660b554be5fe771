/// Pages written for the project in the shapes real news sites give their HTML (WordPress, Arc,
/// BBC-like, Guardian-like, AP-like, Reuters-like, CNN-like, NYT-like, local papers on old table
/// layouts and on BLOX, newsletters, local TV), each with its sentences labelled: what is the
/// article, and what is page furniture. No page is copied from a site; the stories are invented.
enum NewsPageShapes {
    struct Page {
        var shape: String
        var html: String
        /// Sentences of the article a reader mode must keep.
        var article: [String]
        /// Sentences of the page around it that it must drop.
        var boilerplate: [String]
    }

    struct Story {
        var headline: String
        var byline: String
        var paragraphs: [String]
        var quote: String
    }

    static let stories: [Story] = [
        Story(headline: "Council approves river footbridge after five-year debate", byline: "Maria Ortiz",
              paragraphs: ["The town council voted seven to two on Tuesday to approve a new footbridge over the river, ending a debate that began in 2021.",
                           "Work is due to start in June and the bridge should open by the spring of 2027, according to the council's timetable.",
                           "Shop owners on both banks said the vote would bring more people to the old market streets, which have lost trade since the ferry stopped.",
                           "Two councillors voted against, saying the cost had risen from £3.1m to £4.5m in three years without a clear explanation."],
              quote: "It is a good day for the town and for everyone who crosses the river twice a day, the mayor said."),
        Story(headline: "Hospital waiting lists fall for the first time in three years", byline: "Sam Lee",
              paragraphs: ["The number of patients waiting more than a year for planned surgery fell by 8 percent in the last quarter, figures released on Thursday show.",
                           "Health officials credited two new surgical hubs, which together carried out 4,200 operations between January and March.",
                           "Patient groups welcomed the fall but warned that waits for cancer tests were still longer than the national target.",
                           "The figures cover 14 hospital trusts and include hip and knee replacements, cataract operations and hernia repairs."],
              quote: "We are seeing the first real improvement since the pandemic, but nobody should pretend the job is done, a senior nurse said."),
        Story(headline: "Drought forces water restrictions across three counties", byline: "Ana Costa",
              paragraphs: ["A hosepipe ban will begin on Friday for about 1.2 million households after the driest spring in fifty years.",
                           "Reservoir levels stood at 61 percent on Monday, compared with an average of 83 percent for the time of year.",
                           "The water company said leaks had been cut by a fifth since 2020 but admitted that more than 300 million litres are still lost every day.",
                           "Farmers have been asked to report any abstraction from rivers, and fines of up to £1,000 apply to households that ignore the ban."],
              quote: "We know this is an inconvenience, and we are sorry, but the rain simply has not come, the company's chief executive said."),
        Story(headline: "Rail strike called off after overnight talks", byline: "Tom Becker",
              paragraphs: ["A three-day rail strike planned for next week has been suspended after union leaders accepted a revised pay offer in talks that ran past midnight.",
                           "The offer includes a 5.5 percent rise this year and a guarantee of no compulsory redundancies until the end of 2027.",
                           "Members will vote on the deal over the next three weeks, and the union said it would recommend acceptance.",
                           "Commuters had faced the loss of about 4,000 services a day, and several schools had planned to close on the strike days."],
              quote: "This is a fair deal that recognises the work our members did through some very hard years, the union's general secretary said."),
        Story(headline: "Scientists map ancient forest under the North Sea", byline: "Priya Nair",
              paragraphs: ["Researchers have mapped the remains of a forest that stood on land now covered by the North Sea more than 8,000 years ago.",
                           "The team used sonar and sediment cores from 23 sites to trace oak and hazel roots across an area the size of a small county.",
                           "The forest was drowned as sea levels rose after the last ice age, cutting Britain off from the rest of Europe.",
                           "The findings, published on Wednesday, suggest people hunted and gathered in the area for centuries before the water arrived."],
              quote: "Every core we pulled up told us a little more about a landscape that nobody has walked on for eight thousand years, the lead author said."),
        Story(headline: "City plans to plant 20,000 trees by 2030", byline: "Jonas Weber",
              paragraphs: ["The city council has approved a plan to plant 20,000 street trees over the next five years, nearly doubling the number on its streets.",
                           "Planting will begin in the districts with the least shade, where summer temperatures were up to four degrees higher last year.",
                           "The plan will cost about €12 million, half of it paid for by a national climate fund and the rest by the city.",
                           "Residents will be able to request a tree outside their home through an online map from September."],
              quote: "Trees are the cheapest air conditioning a city can buy, and they make streets people want to walk down, the deputy mayor said."),
        Story(headline: "Local bakery wins national bread award", byline: "Elena Rossi",
              paragraphs: ["A family bakery that opened in a former bank three years ago has won the national award for the best sourdough loaf.",
                           "Judges tasted more than 600 loaves from 180 bakeries before choosing the winner at a ceremony in the capital on Saturday.",
                           "The bakery employs nine people and sells around 700 loaves a week, most of them to customers who live within walking distance.",
                           "Its owners said the prize money would pay for a second oven and an apprenticeship for a school leaver."],
              quote: "We still cannot quite believe it, and we will be back at the ovens at four tomorrow morning as usual, the co-owner said."),
        Story(headline: "Election turnout highest in two decades", byline: "David Okafor",
              paragraphs: ["Turnout in Sunday's regional election reached 68 percent, the highest since 2006, according to provisional figures from the electoral commission.",
                           "Queues formed outside polling stations in several cities in the early evening, and voting was extended by an hour in two districts.",
                           "Analysts said a close race and a campaign focused on housing costs had drawn younger voters in large numbers.",
                           "Final results are expected on Tuesday after postal votes, which made up about a quarter of the total, have been counted."],
              quote: "People came out because they felt their vote could change something this time, a political scientist at the regional university said."),
    ]

    static func paragraphs(_ story: Story, open: String = "<p>", close: String = "</p>") -> String {
        story.paragraphs.map { open + escaped($0) + close }.joined(separator: "\n")
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    static func head(_ story: Story, site: String, extra: String = "") -> String {
        """
        <head><meta charset="utf-8"><title>\(escaped(story.headline)) | \(site)</title>
        <meta property="og:title" content="\(escaped(story.headline))"><meta property="og:site_name" content="\(site)">
        <script>window.dataLayer = [{"page": "article", "text": "</p><p>tracking text that is not the article"}];</script>
        <style>.a { display: none }</style>\(extra)</head>
        """
    }

    /// Every page: twelve shapes, each with two stories.
    static var pages: [Page] {
        let builders = [wordpress, arc, bbc, guardian, ap, reuters, cnn, nyt, localTables, blox, newsletter, localTV]
        var pages: [Page] = []
        for (index, build) in builders.enumerated() {
            for storyIndex in [index % stories.count, (index + 5) % stories.count] {
                pages.append(build(stories[storyIndex], stories[(storyIndex + 3) % stories.count]))
            }
        }
        return pages
    }

    static func wordpress(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Skip to content", "Recent posts from the newsroom team this week", "Share this article with your friends on social media",
                           "Leave a reply to this post below", "Posted in Local News and Politics", "Proudly powered by an open source publishing system",
                           "Your email address will not be published and required fields are marked"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Riverside Gazette"))<body class="post-template-default single">
        <a class="skip-link screen-reader-text" href="#content">\(boilerplate[0])</a>
        <div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title">Riverside Gazette</p>
        <nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
        <div id="content" class="site-content"><main id="main" class="site-main">
        <article id="post-42" class="post-42 post type-post"><header class="entry-header"><h1 class="entry-title">\(story.headline)</h1>
        <div class="entry-meta"><span class="posted-on">March 14, 2026</span> by <span class="author vcard">\(story.byline)</span></div></header>
        <div class="entry-content">
        \(paragraphs(story))
        <blockquote class="wp-block-quote"><p>\(story.quote)</p></blockquote>
        <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">\(boilerplate[2])</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></div>
        <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/other">\(other.headline)</a></p></div>
        </div><footer class="entry-footer"><span class="cat-links">\(boilerplate[4])</span></footer></article>
        <nav class="navigation post-navigation"><a href="/prev">Previous post: \(other.headline)</a></nav>
        <div id="comments" class="comments-area"><h3 id="reply-title" class="comment-reply-title">\(boilerplate[3])</h3>
        <p class="comment-notes">\(boilerplate[6]).</p><ol class="comment-list"><li class="comment"><p>Great article, I walk across that river every day and it is about time something was done here.</p></li></ol></div>
        </main><aside id="secondary" class="widget-area"><section class="widget"><h2>\(boilerplate[1])</h2><ul><li><a href="/x">\(other.headline)</a></li></ul></section></aside></div>
        <footer id="colophon" class="site-footer"><div class="site-info">\(boilerplate[5])</div></footer></div></body></html>
        """
        return Page(shape: "WordPress", html: html, article: story.paragraphs + [story.quote],
                    boilerplate: boilerplate + [other.headline, "Great article, I walk across that river every day and it is about time something was done here."])
    }

    static func arc(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Sign up for the morning newsletter and get the headlines in your inbox", "Advertisement",
                           "Story continues below advertisement", "Most read stories on the site today",
                           "Terms of use and privacy policy for all readers"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "The Capital Ledger"))<body><div id="fusion-app">
        <header class="site-header"><nav class="nav-menu"><a href="/">Sections</a><a href="/politics">Politics</a></nav></header>
        <main><article class="article-body-wrapper"><div class="headline"><h1>\(story.headline)</h1></div>
        <div class="byline-wrapper"><span class="author-name">By \(story.byline)</span><span class="timestamp">March 14, 2026 at 9:30 a.m. EDT</span></div>
        <div class="article-body">
        <p class="b-article-body__text">\(escaped(story.paragraphs[0]))</p>
        <p class="b-article-body__text">\(escaped(story.paragraphs[1]))</p>
        <div class="ad-container"><span>\(boilerplate[1])</span><p>\(boilerplate[2])</p></div>
        <div class="interstitial-link"><p><a href="/other">Read more: \(other.headline)</a></p></div>
        <p class="b-article-body__text">\(escaped(story.paragraphs[2]))</p>
        <div class="newsletter-signup"><p>\(boilerplate[0]).</p><form><input type="email"><button>Sign up</button></form></div>
        <p class="b-article-body__text">\(escaped(story.paragraphs[3]))</p>
        <p class="b-article-body__text">“\(escaped(story.quote))”</p>
        </div></article>
        <div class="most-read"><h2>\(boilerplate[3])</h2><ol><li><a href="/a">\(other.headline)</a></li></ol></div></main>
        <footer><p><a href="/terms">\(boilerplate[4])</a></p></footer></div></body></html>
        """
        return Page(shape: "Arc", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func bbc(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Skip to content", "Accessibility Help", "Image caption, The site seen from the air last month",
                           "Related Topics", "Copyright 2026 the broadcaster. We are not responsible for the content of external sites.",
                           "Read about our approach to external linking."]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "National Broadcaster News"))<body>
        <div id="orb-header"><a href="#main-content">\(boilerplate[0])</a> <a href="/accessibility">\(boilerplate[1])</a>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></div>
        <main id="main-content"><article><header><h1 id="main-heading">\(story.headline)</h1></header>
        <div data-component="byline-block"><p>By \(story.byline)</p><p>Local Democracy Reporting Service</p></div>
        <div data-component="image-block"><figure><img src="x.jpg" alt=""><figcaption>\(boilerplate[2])</figcaption></figure></div>
        \(story.paragraphs.map { "<div data-component=\"text-block\"><p>\(escaped($0))</p></div>" }.joined(separator: "\n"))
        <div data-component="text-block"><p>\(escaped(story.quote))</p></div>
        <div data-component="topic-list"><h2>\(boilerplate[3])</h2><ul><li><a href="/t1">Transport</a></li><li><a href="/t2">Local government</a></li></ul></div>
        </article><section data-component="related-content"><h2>More on this story</h2><ul><li><a href="/o">\(other.headline)</a></li></ul></section></main>
        <div id="orb-footer"><p>\(boilerplate[4])</p><p><a href="/links">\(boilerplate[5])</a></p></div></body></html>
        """
        return Page(shape: "BBC-like", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func guardian(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Support our journalism with a contribution of any size", "Reuse this content",
                           "Most viewed in the last day", "Explore more on these topics", "Sign in to comment on this piece"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "The Morning Standard"))<body>
        <header data-component="nav"><nav aria-label="Guardian sections"><ul><li><a href="/uk">UK</a></li><li><a href="/world">World</a></li></ul></nav>
        <div class="support-banner"><p>\(boilerplate[0]).</p></div></header>
        <main><article><div data-gu-name="headline"><h1>\(story.headline)</h1></div>
        <div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile">\(story.byline)</a></address></div>
        <div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector">
        \(paragraphs(story))
        <aside class="element-rich-link"><p><a href="/o">\(other.headline)</a></p></aside>
        <p>\(escaped(story.quote))</p>
        </div></div>
        <div class="submeta"><h2>\(boilerplate[3])</h2><ul><li><a href="/t">Environment</a></li></ul><a href="/reuse">\(boilerplate[1])</a></div>
        </article><section id="comments"><p>\(boilerplate[4]).</p></section>
        <section data-component="most-popular"><h2>\(boilerplate[2])</h2><ol><li><a href="/p">\(other.headline)</a></li></ol></section></main>
        <footer><p>© 2026 Morning Standard Media Group. All rights reserved.</p></footer></body></html>
        """
        return Page(shape: "Guardian-like", html: html, article: story.paragraphs + [story.quote],
                    boilerplate: boilerplate + [other.headline, "© 2026 Morning Standard Media Group. All rights reserved."])
    }

    static func ap(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Copyright 2026 The Wire Service. All Rights Reserved.", "This material may not be published, broadcast, rewritten or redistributed.",
                           "Related Stories", "Share this story by email or on social networks"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Wire Service News"))<body><div class="Page-header"><div class="Page-header-navigation">
        <ul class="Navigation-items"><li><a href="/world">World</a></li><li><a href="/us">U.S.</a></li><li><a href="/politics">Politics</a></li></ul></div></div>
        <div class="Page-content"><div class="Page-lede"><h1 class="Page-headline">\(story.headline)</h1>
        <div class="Page-byline"><span class="Page-authors">By \(story.byline)</span> <bsp-timestamp data-timestamp="1773480600000"><span>Updated 9:30 AM GMT, March 14, 2026</span></bsp-timestamp></div>
        <div class="Page-actions"><button class="ShareButton">Share</button><p>\(boilerplate[3])</p></div></div>
        <bsp-story-page><div class="RichTextStoryBody RichTextBody">
        <p>LONDON (Wire) — \(escaped(story.paragraphs[0]))</p>
        <p>\(escaped(story.paragraphs[1]))</p>
        <div class="Enhancement"><div class="Advertisement"><div class="ad-slot">Advertisement</div></div></div>
        <p>\(escaped(story.paragraphs[2]))</p><p>“\(escaped(story.quote))”</p>
        <p>\(escaped(story.paragraphs[3]))</p><p>___</p>
        </div></bsp-story-page>
        <div class="Page-below"><h2>\(boilerplate[2])</h2><ul><li><a href="/r">\(other.headline)</a></li></ul></div></div>
        <footer class="Page-footer"><p>\(boilerplate[0])</p><p>\(boilerplate[1])</p></footer></body></html>
        """
        return Page(shape: "AP-like", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func reuters(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Sign up here.", "Our Standards: The Wire Trust Principles.", "Reporting by the London newsroom; editing by the desk",
                           "Purchase licensing rights", "Acquire licensing rights for this article"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Wire Daily"))<body><header class="site-header"><nav><a href="/world">World</a><a href="/business">Business</a></nav></header>
        <main id="main-content"><article><header><h1 data-testid="Heading">\(story.headline)</h1><time datetime="2026-03-14T09:30:00Z">March 14, 2026</time></header>
        <div class="article-body__content">
        \(story.paragraphs.enumerated().map { "<div data-testid=\"paragraph-\($0.offset)\" class=\"text__text article-body__paragraph\">\(escaped($0.element))</div>" }.joined(separator: "\n"))
        <div data-testid="paragraph-9" class="text__text article-body__paragraph">\(escaped(story.quote))</div>
        <div class="article-body__element sign-up-container"><p>Get the morning briefing in your inbox. <a href="/signup">\(boilerplate[0])</a></p></div>
        <p class="article-body__element read-next">\(boilerplate[2])</p>
        </div>
        <p class="trust-principles"><a href="/trust">\(boilerplate[1])</a></p>
        <div class="article__license"><a href="/license">\(boilerplate[3])</a></div></article>
        <div class="related-coverage"><h2>Related coverage</h2><ul><li><a href="/o">\(other.headline)</a></li></ul></div></main>
        <footer><a href="/license">\(boilerplate[4])</a></footer></body></html>
        """
        return Page(shape: "Reuters-like", html: html, article: story.paragraphs + [story.quote],
                    boilerplate: boilerplate + [other.headline, "Get the morning briefing in your inbox."])
    }

    static func cnn(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Ad Feedback", "Video Ad Feedback", "Watch the full report from our correspondent", "Paid content from our partners",
                           "Terms of Use Privacy Policy Cookie Settings"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Cable News Network"))<body><div class="header" data-editable="header"><nav class="header__nav"><a href="/us">US</a><a href="/world">World</a></nav></div>
        <section class="layout__content"><div class="headline"><h1 class="headline__text">\(story.headline)</h1></div>
        <div class="byline"><span class="byline__name">\(story.byline)</span></div>
        <div class="article__content">
        <p class="paragraph inline-placeholder">\(escaped(story.paragraphs[0]))</p>
        <div class="video-resource"><p>\(boilerplate[2]).</p><div class="ad-feedback-link">\(boilerplate[1])</div></div>
        <p class="paragraph inline-placeholder">\(escaped(story.paragraphs[1]))</p>
        <div class="ad-slot-header"><div class="ad-feedback">\(boilerplate[0])</div></div>
        <p class="paragraph inline-placeholder">\(escaped(story.paragraphs[2]))</p>
        <p class="paragraph inline-placeholder">\(escaped(story.quote))</p>
        <p class="paragraph inline-placeholder">\(escaped(story.paragraphs[3]))</p>
        </div>
        <div class="related-content"><h3>Related article</h3><a href="/o">\(other.headline)</a></div>
        <div class="zone--paid-partner"><h2 class="container__title">\(boilerplate[3])</h2></div></section>
        <div class="footer"><p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookie Settings</a></p></div></body></html>
        """
        return Page(shape: "CNN-like", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func nyt(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["SKIP ADVERTISEMENT", "Supported by", "Site Index", "Give this article", "A version of this article appears in print on page A12"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "The Daily Record"))<body><div id="app"><div id="top-wrapper"><div class="css-1"><p>Advertisement</p><a href="#after-top">\(boilerplate[0])</a></div></div>
        <header class="css-header"><nav><a href="/section/world">World</a></nav></header>
        <main id="site-content"><article id="story"><header class="css-story-header"><p>\(boilerplate[1])</p><h1 data-testid="headline">\(story.headline)</h1>
        <p class="css-byline">By <span>\(story.byline)</span></p><div class="css-share"><button>\(boilerplate[3])</button></div></header>
        <section name="articleBody" itemprop="articleBody">
        <div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-at9mc1"><p class="css-at9mc1 evys1bk0">\(escaped(story.paragraphs[0]))</p><p class="css-at9mc1 evys1bk0">\(escaped(story.paragraphs[1]))</p></div></div>
        <div id="story-ad-1-wrapper" class="css-ad"><div class="ad">Advertisement</div></div>
        <div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-at9mc1"><p class="css-at9mc1 evys1bk0">\(escaped(story.paragraphs[2]))</p><p class="css-at9mc1 evys1bk0">\(escaped(story.quote))</p><p class="css-at9mc1 evys1bk0">\(escaped(story.paragraphs[3]))</p></div></div>
        </section><div class="bottom-of-article"><p>\(boilerplate[4]).</p></div></article></main>
        <nav class="css-site-index"><h2>\(boilerplate[2])</h2><ul><li><a href="/o">\(other.headline)</a></li></ul></nav></div></body></html>
        """
        return Page(shape: "NYT-like", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func localTables(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Home | News | Sports | Obituaries | Classifieds", "Click here to subscribe to the print edition",
                           "Send your letters to the editor by post or email", "All content copyright 2026 the Valley Herald Publishing Co."]
        let html = """
        <HTML><HEAD><TITLE>\(story.headline) - Valley Herald</TITLE></HEAD>
        <BODY BGCOLOR="#FFFFFF"><TABLE WIDTH="760" BORDER="0"><TR><TD COLSPAN="2"><IMG SRC="logo.gif"><BR>
        <FONT SIZE="1"><A HREF="/">Home</A> | <A HREF="/news">News</A> | <A HREF="/sports">Sports</A> | <A HREF="/obits">Obituaries</A> | <A HREF="/class">Classifieds</A></FONT></TD></TR>
        <TR><TD WIDTH="150" VALIGN="top"><TABLE><TR><TD><A HREF="/sub">\(boilerplate[1])</A></TD></TR><TR><TD><A HREF="/o">\(other.headline)</A></TD></TR></TABLE></TD>
        <TD VALIGN="top"><TABLE><TR><TD><FONT FACE="Arial" SIZE="4"><B>\(story.headline)</B></FONT><BR>
        <FONT SIZE="2">By \(story.byline), Staff Writer</FONT><BR><BR>
        <FONT FACE="Times" SIZE="3">\(story.paragraphs.map(escaped).joined(separator: "<BR><BR>\n"))<BR><BR>
        &quot;\(escaped(story.quote))&quot;<BR><BR></FONT></TD></TR></TABLE></TD></TR>
        <TR><TD COLSPAN="2"><FONT SIZE="1"><A HREF="/letters">\(boilerplate[2])</A><BR>\(boilerplate[3])</FONT></TD></TR></TABLE></BODY></HTML>
        """
        return Page(shape: "Local paper, table layout", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func blox(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Subscribe today for full access to local news", "Tags", "Most Popular", "Please disable your ad blocker",
                           "Be the first to know: get breaking news alerts", "Welcome to the discussion. Keep it clean and stay on topic"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Lakeside Tribune"))<body><div id="site-navbar-container"><nav class="navbar"><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li></ul></nav></div>
        <div id="main-page-container"><div class="asset-header"><h1 class="headline"><span class="tnt-headline">\(story.headline)</span></h1>
        <ul class="list-inline"><li><span class="tnt-byline">\(story.byline)</span></li><li><time datetime="2026-03-14T09:30:00-05:00">Mar 14, 2026</time></li></ul></div>
        <div class="asset-masthead"><p>\(boilerplate[4]).</p></div>
        <div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
        <div class="subscriber-preview">\(paragraphs(story, open: "<p>", close: "</p>"))</div>
        <div class="subscriber-only"><p>\(escaped(story.quote))</p></div>
        <div class="tnt-ads-container"><div class="tnt-ads">\(boilerplate[3])</div></div>
        </div><div class="asset-tags"><h3>\(boilerplate[1])</h3><a href="/t">Council</a></div>
        <div id="tncms-region-article_bottom"><div class="card-panel"><h3>\(boilerplate[2])</h3><ul><li><a href="/o">\(other.headline)</a></li></ul></div></div>
        <section id="asset-comments" class="comments"><p>\(boilerplate[5]).</p></section>
        <div class="offers-modal"><p>\(boilerplate[0]).</p></div></div></body></html>
        """
        return Page(shape: "Local paper, BLOX", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func newsletter(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Subscribe to get posts like this in your inbox", "Thanks for reading! This post is public so feel free to share it.",
                           "Like", "Restack", "Discussion about this post", "Ready for more?"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "The Valley Letter"))<body><div class="topbar"><a href="/">The Valley Letter</a><a href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></div>
        <article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">\(story.headline)</h1>
        <h3 class="subtitle">\(escaped(story.paragraphs[0]))</h3><div class="post-meta"><a href="/@me">\(story.byline)</a> Mar 14, 2026</div></div>
        <div class="available-content"><div class="body markup">
        <p>\(escaped(story.paragraphs[1]))</p><p>\(escaped(story.paragraphs[2]))</p>
        <div class="subscription-widget-wrap"><p class="cta-caption">\(boilerplate[1])</p><form><input type="email"></form><p>\(boilerplate[0]).</p></div>
        <blockquote><p>\(escaped(story.quote))</p></blockquote><p>\(escaped(story.paragraphs[3]))</p></div></div>
        <div class="post-footer"><button>\(boilerplate[2])</button><button>\(boilerplate[3])</button></div></article>
        <div id="discussion" class="comments-page"><h4>\(boilerplate[4])</h4></div>
        <div class="footer-slide"><h2>\(boilerplate[5])</h2><p><a href="/o">\(other.headline)</a></p></div></body></html>
        """
        return Page(shape: "Newsletter platform", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func localTV(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["For the latest news, weather, sports, and streaming video, head to Channel 7.",
                           "Copyright 2026 Channel 7 Media Inc. All rights reserved.",
                           "Download the Channel 7 app for breaking news alerts", "Weather Alert: wind advisory in effect until 6 p.m."]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Channel 7 News"))<body><div class="site-header"><div class="weather-alert-banner" role="alert">\(boilerplate[3])</div>
        <nav class="site-header__nav"><a href="/news">News</a><a href="/weather">Weather</a></nav></div>
        <main class="site-main"><article class="article"><h1 class="article-title">\(story.headline)</h1>
        <div class="article-authors">by: <a href="/author">\(story.byline)</a></div>
        <div class="article-content rich-text">
        \(paragraphs(story))
        <p>\(escaped(story.quote))</p>
        <p><em><a href="/">\(boilerplate[0])</a></em></p>
        <div class="article-list article-list--related"><h2>Trending stories</h2><ul><li><a href="/o">\(other.headline)</a></li></ul></div>
        <p class="article-disclaimer">\(boilerplate[1])</p>
        </div></article>
        <aside class="app-promo"><p>\(boilerplate[2]).</p></aside></main></body></html>
        """
        return Page(shape: "Local TV", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    // MARK: - Held out

    /// Four more shapes written after the extractor's rules were settled on the pages above, and
    /// not used to tune them: the score on these is the honest one.
    static var heldOutPages: [Page] {
        let builders = [drupal, ghost, chorus, regionalPortal]
        return builders.enumerated().map { index, build in
            build(stories[(index + 2) % stories.count], stories[(index + 6) % stories.count])
        }
    }

    static func drupal(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Main menu", "You are here: Home / News", "Printer-friendly version", "Log in or register to post comments",
                           "Powered by the county web team"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "County Times"))<body class="node-type-article">
        <div id="header"><h2 class="element-invisible">\(boilerplate[0])</h2><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>
        <div class="breadcrumb">\(boilerplate[1])</div>
        <div id="content" class="column"><h1 class="title" id="page-title">\(story.headline)</h1>
        <div id="node-88" class="node node-article node-full"><div class="submitted">Submitted by \(story.byline) on Sat, 03/14/2026</div>
        <div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">
        \(paragraphs(story))<p>\(escaped(story.quote))</p></div></div></div>
        <ul class="links inline"><li class="print_html"><a href="/print">\(boilerplate[2])</a></li><li class="comment_forbidden"><span>\(boilerplate[3])</span></li></ul></div></div>
        <div id="sidebar-second" class="column sidebar"><div class="block"><h2>Latest</h2><ul><li><a href="/o">\(other.headline)</a></li></ul></div></div>
        <div id="footer"><p>\(boilerplate[4]).</p></div></body></html>
        """
        return Page(shape: "Drupal (held out)", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func ghost(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Sign up for more like this.", "Enter your email", "You might also like", "Published with an open source platform"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Field Notes"))<body class="post-template"><div class="gh-viewport">
        <header id="gh-head" class="gh-head"><nav class="gh-head-menu"><a href="/">Home</a><a href="/about">About</a></nav></header>
        <main class="gh-main"><article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">\(story.headline)</h1>
        <p class="gh-article-excerpt">A short summary written for the front page.</p></header>
        <section class="gh-content gh-canvas">\(paragraphs(story))<blockquote>\(escaped(story.quote))</blockquote></section>
        <section class="gh-cta"><h3>\(boilerplate[0])</h3><input placeholder="\(boilerplate[1])"></section></article>
        <aside class="gh-read-next"><h2>\(boilerplate[2])</h2><a href="/o">\(other.headline)</a></aside></main>
        <footer class="gh-foot"><p>\(boilerplate[3])</p></footer></div></body></html>
        """
        return Page(shape: "Ghost (held out)", html: html, article: story.paragraphs + [story.quote],
                    boilerplate: boilerplate + [other.headline, "A short summary written for the front page."])
    }

    static func chorus(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Filed under:", "Share this story", "Most Popular", "Sign up for the newsletter Today, Explained"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Explainer"))<body><div class="l-root"><header class="c-global-header"><nav><a href="/">Explainer</a><a href="/politics">Politics</a></nav></header>
        <main id="content"><div class="l-segment"><div class="c-entry-hero"><h1 class="c-page-title">\(story.headline)</h1>
        <div class="c-byline"><span class="c-byline__item">By \(story.byline)</span></div></div>
        <div class="c-entry-group-labels"><span>\(boilerplate[0])</span><ul><li><a href="/p">Politics</a></li></ul></div>
        <div class="c-entry-content">\(paragraphs(story))<div class="c-article-footer__newsletter"><p>\(boilerplate[3])</p></div><p>\(escaped(story.quote))</p></div>
        <div class="c-social-buttons"><p>\(boilerplate[1])</p></div></div>
        <div class="c-rock-list"><h2>\(boilerplate[2])</h2><ol><li><a href="/o">\(other.headline)</a></li></ol></div></main></div></body></html>
        """
        return Page(shape: "Chorus (held out)", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }

    static func regionalPortal(_ story: Story, _ other: Story) -> Page {
        let boilerplate = ["Regional news portal", "Weather: 12°C, light rain", "Traffic updates every 15 minutes", "Photo gallery: 24 pictures",
                           "Imprint and data protection"]
        let html = """
        <!DOCTYPE html><html>\(head(story, site: "Regional Portal"))<body><div id="wrapper"><div id="top"><span class="logo">\(boilerplate[0])</span>
        <div class="weather-widget">\(boilerplate[1])</div></div>
        <div id="left"><ul class="navi"><li><a href="/a">Region</a></li><li><a href="/b">Sport</a></li></ul><div class="traffic-box"><p>\(boilerplate[2])</p></div></div>
        <div id="center"><div class="artikel"><h1>\(story.headline)</h1><div class="autor">\(story.byline)</div>
        <div class="text">\(story.paragraphs.map { "<p>" + escaped($0) + "</p>" }.joined())<p><i>\(escaped(story.quote))</i></p></div>
        <div class="gallery-teaser"><a href="/g">\(boilerplate[3])</a></div></div>
        <div class="weitere"><h3>Weitere Artikel</h3><a href="/o">\(other.headline)</a></div></div>
        <div id="bottom"><a href="/imprint">\(boilerplate[4])</a></div></div></body></html>
        """
        return Page(shape: "Regional portal (held out)", html: html, article: story.paragraphs + [story.quote], boilerplate: boilerplate + [other.headline])
    }
}

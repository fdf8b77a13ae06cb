import AccordExtract
import Testing

@Suite struct FeedTests {
    @Test func rss20WithCDATAEntitiesAndGuids() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
              <title>Kabar &amp; Berita</title>
              <atom:link href="https://news.example/feed" rel="self"/>
              <link>https://news.example/</link>
              <item>
                <title><![CDATA[Jepang dan AS <b>teken</b> kerangka mineral kritis]]></title>
                <link>https://news.example/2025/10/28/mineral?utm=rss&amp;x=1</link>
                <pubDate>Tue, 28 Oct 2025 09:15:00 +0700</pubDate>
              </item>
              <item>
                <title>India &amp;amp; Japan: chips &lt;i&gt;pact&lt;/i&gt;</title>
                <guid isPermaLink="true">https://news.example/chips</guid>
              </item>
              <item><title>No link at all</title><guid isPermaLink="false">tag:123</guid></item>
              <item><title>Not the web</title><link>mailto:desk@news.example</link></item>
            </channel></rss>
            """
        let feed = try #require(Feed.parse(text))
        #expect(feed.format == .rss)
        #expect(feed.title == "Kabar & Berita")
        #expect(feed.items.count == 2)
        #expect(feed.items[0].link == "https://news.example/2025/10/28/mineral?utm=rss&x=1")
        #expect(feed.items[0].title == "Jepang dan AS teken kerangka mineral kritis")
        #expect(feed.items[0].published == "Tue, 28 Oct 2025 09:15:00 +0700")
        #expect(feed.items[1].link == "https://news.example/chips")
        #expect(feed.items[1].title == "India &amp; Japan: chips pact")
        #expect(feed.items[1].published == nil)
    }

    @Test func atomPrefersTheAlternateLink() throws {
        let text = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Wire</title>
              <link rel="self" href="https://wire.example/atom"/>
              <entry>
                <title>Canada and Mexico renew partnership</title>
                <link rel="edit" href="https://wire.example/edit/1"/>
                <link rel="alternate" type="text/html" href="https://wire.example/a/1"/>
                <id>urn:uuid:1</id>
                <updated>2025-09-19T10:00:00Z</updated>
                <published>2025-09-18T08:00:00Z</published>
              </entry>
              <entry>
                <title>Default relation</title>
                <link href='https://wire.example/a/2'/>
                <updated>2025-09-20T10:00:00Z</updated>
              </entry>
            </feed>
            """
        let feed = try #require(Feed.parse(text))
        #expect(feed.format == .atom)
        #expect(feed.title == "Wire")
        #expect(
            feed.items == [
                .init(
                    link: "https://wire.example/a/1", title: "Canada and Mexico renew partnership",
                    published: "2025-09-18T08:00:00Z"),
                .init(link: "https://wire.example/a/2", title: "Default relation", published: "2025-09-20T10:00:00Z"),
            ])
    }

    @Test func brokenAndForeignInputGivesWhatItCanOrNil() throws {
        #expect(Feed.parse("<html><body>not a feed</body></html>") == nil)
        #expect(Feed.parse("") == nil)
        // Truncated mid-item: the complete items survive.
        let truncated = "<rss><channel><item><link>https://a.example/1</link></item><item><link>https://a.exa"
        #expect(try #require(Feed.parse(truncated)).items.map(\.link) == ["https://a.example/1"])
    }
}

import Annotations
import Testing

@Suite("Publication dates as sources write them")
struct PublicationDateTests {
    @Test(arguments: [
        ("2016-12-15", "2016-12-15"), ("2016-12-15T09:30:00Z", "2016-12-15"), ("2016-12-15 09:30", "2016-12-15"),
        ("Thu, 15 Dec 2016 09:30:00 GMT", "2016-12-15"), ("15 Dec 2016", "2016-12-15"), ("Mon, 5 Dec 16 10:00 +0100", "2016-12-05"),
    ])
    func readsISOAndRFC822(_ text: String, _ short: String) {
        #expect(PublicationDate(text)?.shortText == short)
    }

    @Test(arguments: ["yesterday", "2016-13-01", "32 Dec 2016", "", "2016/12/15", "Thu, 15 Foo 2016", "99999-01-01"])
    func refusesWhatIsNeither(_ text: String) {
        #expect(PublicationDate(text) == nil)
    }

    @Test func ordersByDayThenTime() throws {
        let morning = try #require(PublicationDate("Thu, 15 Dec 2016 09:30:00 GMT"))
        let evening = try #require(PublicationDate("2016-12-15T18:00:00Z"))
        let next = try #require(PublicationDate("2016-12-16"))
        #expect(morning < evening && evening < next)
    }
}

@testable import Annotations
import Testing

/// The grouping rules one by one, on invented sentences: what is counted decides the group (the
/// thing a sum pays for, what a change is of, a count's head noun), and place, period and size are
/// checks that tolerate a dateline and a missing place.
@Suite("Claim ledger grouping rules")
struct LedgerGroupingRuleTests {
    static func ledger(_ texts: [(String, String)]) -> ClaimLedger {
        ClaimLedgerTests.ledger(texts)
    }

    static func features(of claimText: String, in ledger: ClaimLedger) -> ClaimFeatures? {
        ledger.claims.first { $0.claim.text == claimText }?.features
    }

    static func sameGroup(_ first: String, _ second: String, in ledger: ClaimLedger) -> Bool {
        guard let one = ClaimLedgerTests.group(in: ledger, containing: first),
              let other = ClaimLedgerTests.group(in: ledger, containing: second) else { return false }
        return one.id == other.id
    }

    @Test func moneyGroupsByWhatItPaysForOrMeasures() throws {
        let ledger = Self.ledger([
            ("a.txt", "Northwind buys Harbor Foods\n\nNorthwind agreed to buy Harbor Foods in a $4.2 billion deal in Ohio. Harbor Foods has annual revenue of $9 billion.\n"),
            ("b.txt", "Harbor Foods sold\n\nThe $4.3 billion deal was signed in Ohio on Monday. Harbor Foods had $9.1 billion in annual revenue.\n"),
        ])
        #expect(Self.features(of: "$4.2 billion", in: ledger)?.subject == "price")
        #expect(Self.features(of: "$9 billion", in: ledger)?.subject == "revenue")
        #expect(Self.features(of: "$9.1 billion", in: ledger)?.subject == "revenue")
        #expect(Self.sameGroup("$4.2 billion", "$4.3 billion", in: ledger))
        #expect(Self.sameGroup("$9 billion", "$9.1 billion", in: ledger))
        #expect(!Self.sameGroup("$4.2 billion", "$9 billion", in: ledger), "a deal's price is not a company's revenue")
        let group = try #require(ClaimLedgerTests.group(in: ledger, containing: "$4.2 billion"))
        #expect(group.reasons.contains { $0.hasPrefix("what is counted: price (deal") })
        #expect(group.reasons.contains("values 4200000000–4300000000, none more than 10× the next smaller"))
        #expect(group.label == "price in $ in Ohio")
    }

    @Test func theVerbOrNounBeforeASumSaysWhatItIs() {
        let ledger = Self.ledger([
            ("a.txt", "Costs\n\nThe bridge is to cost $80 million. The cargo was worth $5 million. Officials put the value of the cargo at $2 million.\n"),
        ])
        #expect(Self.features(of: "$80 million", in: ledger)?.subject == "cost")
        #expect(Self.features(of: "$5 million", in: ledger)?.subject == "value")
        #expect(Self.features(of: "$2 million", in: ledger)?.subject == "value")
    }

    @Test func aShareThatIsAChangeBelongsToWhatChanged() {
        let ledger = Self.ledger([
            ("a.txt", "Markets\n\nNorthwind shares rose 12 percent in Ohio, while Harbor Foods fell 3 percent.\n"),
            ("b.txt", "Trading\n\nIn Ohio, Northwind was up 11 percent and Harbor Foods lost 4 percent.\n"),
        ])
        #expect(Self.features(of: "12 percent", in: ledger)?.subject == "Northwind")
        #expect(Self.features(of: "12 percent", in: ledger)?.event == "change")
        #expect(Self.features(of: "3 percent", in: ledger)?.subject == "Harbor Foods")
        #expect(Self.sameGroup("12 percent", "11 percent", in: ledger))
        #expect(Self.sameGroup("3 percent", "4 percent", in: ledger))
        #expect(!Self.sameGroup("12 percent", "3 percent", in: ledger))
        #expect(ClaimLedgerTests.group(in: ledger, containing: "12 percent")?.label == "change in Northwind (rose) in Ohio")
    }

    @Test func aCountWithoutAUnitTakesTheNounAfterIt() {
        let ledger = Self.ledger([
            ("a.txt", "Lanterns\n\nUp to 500 such paper lanterns were dropped over Kyoto. Another 300 said they would come.\n"),
        ])
        #expect(Self.features(of: "Up to 500", in: ledger)?.subjectWord == "lanterns"
                    || Self.features(of: "Up to 500 such paper lanterns", in: ledger)?.subjectWord == "lanterns")
        #expect(Self.features(of: "300", in: ledger)?.subject != "said", "a verb after the number is not what it counts")
    }

    @Test func countsOfDifferentChargesStayApart() {
        let ledger = Self.ledger([
            ("a.txt", "Trial\n\nThe mayor of Kyoto faces three counts of fraud and two counts of bribery.\n"),
            ("b.txt", "Charges\n\nIn Kyoto, the mayor was charged with three counts of fraud and two counts of bribery.\n"),
        ])
        let fraud = ledger.claims.filter { $0.claim.text.hasPrefix("three counts") }
        #expect(fraud.count == 2)
        #expect(fraud.allSatisfy { $0.features?.subject == "count of fraud" })
        #expect(Self.features(of: "two counts", in: ledger)?.subject == "count of bribery")
        #expect(!Self.sameGroup("three counts", "two counts", in: ledger))
    }

    @Test func anEventWordInAnotherClauseFarOffIsNotTheClaimsEvent() {
        let ledger = Self.ledger([
            ("a.txt", "Trial\n\nThe mayor was placed under house arrest a week after the court in Kyoto upheld his indictment of two counts of fraud. Police arrested 40 protesters in Kyoto.\n"),
        ])
        #expect(Self.features(of: "two counts", in: ledger)?.event == nil)
        #expect(Self.features(of: "40 protesters", in: ledger)?.event == "arrest")
    }

    @Test func aDatelineIsNotTheStorysPlace() throws {
        let ledger = Self.ledger([
            ("a.txt", "Stores to close\nPARIS (Wire) - Northwind will close 120 stores in Canada, the company said. Canada has many.\n"),
            ("b.txt", "Closures\n\nNorthwind is to close 125 stores, most of them in Canada. Canada is large.\n"),
        ])
        #expect(Self.features(of: "120 stores", in: ledger)?.place == "Canada")
        #expect(Self.sameGroup("120 stores", "125 stores", in: ledger))
        let text = Array("PARIS (Wire) - Stores closed in Canada.".unicodeScalars)
        let paris = Entity(text: "PARIS", type: .place, start: 0, end: 5)
        let canada = Entity(text: "Canada", type: .place, start: 32, end: 38)
        #expect(LedgerEntities.isInDateline(paris, scalars: text))
        #expect(!LedgerEntities.isInDateline(canada, scalars: text))
        #expect(LedgerEntities([paris, canada], scalars: text).mainPlace == "Canada")
        #expect(LedgerEntities([paris], scalars: text).mainPlace == nil, "a dateline alone names no scene")
    }

    @Test func placesWrittenWithDotsAreThePlaceWithout() {
        let ledger = Self.ledger([
            ("a.txt", "Jobs\n\nThe U.S. lost 20,000 jobs in textiles, the U.S. agency said.\n"),
            ("b.txt", "Jobs report\n\nThe US lost 21,000 jobs in textiles, the US agency said.\n"),
        ])
        #expect(Self.features(of: "20,000 jobs", in: ledger)?.place == Self.features(of: "21,000 jobs", in: ledger)?.place)
        #expect(Self.sameGroup("20,000 jobs", "21,000 jobs", in: ledger))
    }

    @Test func valuesOrdersOfMagnitudeApartCountDifferentThings() {
        let ledger = Self.ledger([
            ("a.txt", "Lanterns\n\nVolunteers in Kyoto folded 2 million lanterns.\n"),
            ("b.txt", "Festival\n\nVolunteers in Kyoto folded 2.1 million lanterns. The mayor of Kyoto signed 3 lanterns.\n"),
        ])
        #expect(Self.sameGroup("2 million lanterns", "2.1 million lanterns", in: ledger))
        #expect(!Self.sameGroup("2 million lanterns", "3 lanterns", in: ledger))
    }

    @Test func willIsNotAForecastButCouldIs() {
        let ledger = Self.ledger([
            ("a.txt", "Plans\n\nThe new bridge in Kyoto will cost $80 million. As many as 9,000 people could flee Kyoto.\n"),
        ])
        #expect(Self.features(of: "$80 million", in: ledger)?.isProjection == false)
        #expect(Self.features(of: "As many as 9,000 people", in: ledger)?.isProjection == true)
    }

    @Test func aRateIsNotALongPeriodAndThoseYearsAre() {
        let ledger = Self.ledger([
            ("a.txt", "Savings\n\nThe merger will save $300 million a year within three years. Some 3,000 people were killed during those years in Kyoto.\n"),
        ])
        let savings = Self.features(of: "$300 million", in: ledger)
        #expect(savings?.family == "money:$ per year")
        #expect(savings?.isLongPeriod == false)
        #expect(savings?.subject == "savings")
        #expect(Self.features(of: "Some 3,000 people", in: ledger)?.isLongPeriod == true)
    }
}

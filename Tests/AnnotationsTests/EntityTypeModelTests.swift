import Testing
@testable import Annotations
@testable import Recognition

/// The learned entity model beside the rules: its weights, its features, its switch, and that the
/// rules' certain decisions stay the rules'.
@Suite struct EntityTypeModelTests {
    /// A model from `rows` ("feature\tPERSON ORG PLACE NORP NONE" weights), choosing among all classes.
    static func model(_ rows: [String]) -> EntityTypeModel {
        EntityTypeModel(weightsText: (["classes PERSON ORG PLACE NORP NONE"] + rows).joined(separator: "\n"))
    }

    static func spans(_ recognizer: EntityRecognizer, _ text: String) -> [String] {
        recognizer.entities(in: text).map { "\($0.type.rawValue):\($0.text)" }
    }

    @Test func theTrainedModelReadsItsGeneratedWeights() {
        let model = EntityTypeModel.trained
        #expect(model.classes == [.person, .org, .place, .norp, nil])
        #expect(model.featureCount > 1000)
        // It keeps the default, drops the span or calls it a place; retyping to a person or a people
        // cost more than it gained (SOURCES.md).
        #expect(model.decides == [false, true, true, false, true])
        #expect(model.separates(model.scores(["b"])))
    }

    @Test func aNameOnlyADefaultTypedHasTheseFeatures() throws {
        let text = "Report\n\nThe deal was signed with Zorvatek officials in Lagos, the ministry said."
        let candidates = EntityRecognizer(modelSwitch: .off).candidates(in: text)
        let name = try #require(candidates.first { text.unicodeScalars.dropFirst($0.start).prefix($0.end - $0.start).map(String.init).joined() == "Zorvatek" })
        #expect(name.typedByDefault)
        #expect(name.ruleType == .org)
        for feature in ["b", "n=1", "ty=ORG.def", "sh=Xx", "w=zorvatek", "p3=zor", "s3=tek", "pw=with", "pw2=signed_with",
                        "nw=officials", "nw2=officials_in"] {
            #expect(name.features.contains(feature), "missing \(feature) in \(name.features)")
        }
        let lagos = try #require(candidates.first { $0.ruleType == .place })
        #expect(!lagos.typedByDefault)
        #expect(lagos.features.contains("ty=PLACE"))
        #expect(lagos.features.contains("np=,"))
    }

    @Test func contextFurtherOutAndNeighbouringNamesAreFeatures() throws {
        let text = "Report\n\nOfficials from Reuters and Zorvatek met in the coastal town. A Zorvatek-based militia left."
        let candidates = EntityRecognizer(modelSwitch: .off).candidates(in: text)
        let names = candidates.filter { $0.typedByDefault }
        #expect(names.count == 2)
        let first = try #require(names.first)
        // "and" joins it to a known organisation; "met in" follow it.
        for feature in ["pm=ORG_and", "r3=in"] {
            #expect(first.features.contains(feature), "missing \(feature) in \(first.features)")
        }
        let second = try #require(names.last)
        #expect(second.features.contains("hx=based"), "\(second.features)")
    }

    @Test func theSwitchReadsOffAndItsSpellings() {
        for off in ["off", "OFF", " 0", "no", "False"] { #expect(EntityModelSwitch.parse(off) == .off, "\(off)") }
        for on in ["on", "1", "", "yes"] { #expect(EntityModelSwitch.parse(on) == .on, "\(on)") }
        #expect(EntityRecognizer(modelSwitch: .off).model == nil)
        #expect(EntityRecognizer(modelSwitch: .on).model != nil)
    }

    @Test func theRulesCertainTypesBeatTheModel() {
        let text = "Report\n\nReuters reported that Zorvatek officials met Sergei Lavrov in Lagos."
        let rules = Self.spans(EntityRecognizer(model: nil), text)
        #expect(rules == ["ORG:Reuters", "ORG:Zorvatek", "PERSON:Sergei Lavrov", "PLACE:Lagos"])
        // A model that calls everything a place retypes only the default-typed name.
        let places = Self.spans(EntityRecognizer(model: Self.model(["b\t0 0 5 0 0"])), text)
        #expect(places == ["ORG:Reuters", "PLACE:Zorvatek", "PERSON:Sergei Lavrov", "PLACE:Lagos"])
        // One that calls everything no entity drops only it.
        let none = Self.spans(EntityRecognizer(model: Self.model(["b\t0 0 0 0 5"])), text)
        #expect(none == ["ORG:Reuters", "PERSON:Sergei Lavrov", "PLACE:Lagos"])
    }

    @Test func theRepeatsOfANameShareOneDecision() {
        let text = "Report\n\nOfficials of Zorvatek met. Later Zorvatek said it would sign."
        // Only the first context ("of" before it) says no entity, strongly enough to outweigh both.
        let model = Self.model(["b\t0 1 0 0 0", "pw=of\t0 0 0 0 5"])
        #expect(Self.spans(EntityRecognizer(model: nil), text) == ["ORG:Zorvatek", "ORG:Zorvatek"])
        #expect(Self.spans(EntityRecognizer(model: model), text) == [])
    }

    @Test func aModelThatKnowsNoFeatureLeavesTheDefault() {
        let text = "Report\n\nThe deal was signed with Zorvatek officials."
        #expect(Self.spans(EntityRecognizer(model: Self.model(["never-seen\t9 0 0 0 0"])), text) == ["ORG:Zorvatek"])
    }

    @Test func onlyTheDecidedClassesAreChosen() {
        let model = EntityTypeModel(weightsText: "classes PERSON ORG PLACE NORP NONE\ndecides ORG NONE\nb\t9 1 0 0 0")
        #expect(model.bestClass(model.scores(["b"])) == 1)
    }
}

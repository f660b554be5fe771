import Annotations
@testable import CorpusIndex
import Testing

@Suite("Stored analyses")
struct AnalysisBlobTests {
    @Test func anAnalysisComesBackAsItWasStored() throws {
        let recognizer = Recognizer()
        for article in ArticleLoader.load(paths: [CorpusFolder.packageRoot + "/seeds"]).articles {
            let analysis = recognizer.analyze(article.text)
            #expect(AnalysisBlob.decode(AnalysisBlob.encode(analysis)) == analysis)
        }
        let odd = Analysis(entities: [Entity(text: "Ünïcode", type: .norp, start: 0, end: 7, canonical: "")],
                           claims: [Claim(text: "x", kind: .date, value: nil, normalized: "2016-12-05", qualifier: "",
                                          bound: .upper, unit: nil, start: 5, end: 6),
                                    Claim(text: "y", kind: .percent, value: -0.0625, start: 7, end: 300_000)])
        #expect(AnalysisBlob.decode(AnalysisBlob.encode(odd)) == odd)
    }

    @Test func bytesThatAreNotABlobAreRefused() {
        let blob = AnalysisBlob.encode(Analysis(entities: [Entity(text: "Assad", type: .person, start: 3, end: 8)]))
        #expect(AnalysisBlob.decode([]) == nil)
        #expect(AnalysisBlob.decode(Array(blob.dropLast())) == nil)
        #expect(AnalysisBlob.decode(blob + [0]) == nil)
        #expect(AnalysisBlob.decode([9] + blob.dropFirst()) == nil)
    }
}

import Foundation
import Testing
@testable import Annotations

@Suite("Control characters shown visibly, or escaped in JSON")
struct TerminalTextTests {
    @Test func visibleReplacesEveryControlIncludingBidiOverrides() {
        #expect(TerminalText.visible("a\u{1B}]2;x\u{07}b\u{08}\u{7F}\u{9B}\u{202E}\u{2067}c") == "a␛]2;x␇b␈␡\u{FFFD}\u{FFFD}\u{FFFD}c")
        #expect(TerminalText.visible("plain, «quoted» 東京 é") == "plain, «quoted» 東京 é")
    }

    @Test func jsonEscapesWhatEncodersLeaveRawAndStaysTheSameData() throws {
        let note = "x\u{7F}\u{85}\u{202E}\u{2028}y\u{1B}"
        let json = try PrintedJSON.encode(["note": note])
        #expect(json.unicodeScalars.allSatisfy { TerminalText.replacement(for: $0) == nil || $0 == "\n" })
        #expect(json.contains("\\u007F") && json.contains("\\u0085") && json.contains("\\u202E") && json.contains("\\u2028"))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        #expect(decoded["note"] == note)
    }

    @Test func markdownShowsControlsVisiblyInTextCodeAndNotes() {
        #expect(MarkdownText.inline("T\u{1B}(0itle") == "T␛(0itle")
        #expect(MarkdownText.code("a\u{07}b") == "`a␇b`")
        #expect(MarkdownText.lines("one\u{202E}\ntwo\u{08}", indent: "  ") == "one\u{FFFD}\\\n  two␈")
        #expect(MarkdownText.escapeInline(" after\u{1B}[2J") == " after␛\\[2J")
    }
}

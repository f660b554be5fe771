import Foundation
import Testing
import Annotations

@Suite("The folder part of a path")
struct ParentFolderTests {
    @Test(arguments: [("a/b", "a"), ("/a", "/"), ("a", ""), (".", ""), ("c", ""), ("x/", ""), ("a/b/", "a"),
                      ("a//b", "a"), ("/", "/"), ("", ""), ("//a", "/"), ("/x/y/z.txt", "/x/y"), ("é/ü", "é")])
    func folderOf(path: String, folder: String) {
        #expect(ParentFolder.of(path) == folder)
    }

    @Test func agreesWithFoundationWhereFoundationDoesNotCrash() {
        for path in ["ab", "a/b", "/a", "a/b/", "a//b", "/", "", "seeds/001.txt", "../x/y.json", "/srv/"] {
            #expect(ParentFolder.of(path) == (path as NSString).deletingLastPathComponent, "\(path)")
        }
    }
}

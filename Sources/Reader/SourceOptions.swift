import ArgumentParser
import Annotations
import Foundation

/// How sources are read, shared by every command that reads articles.
struct SourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("JSON Lines field names, e.g. text=maintext,title=headline.", valueName: "NAME=FIELD,..."))
    var fields: String?

    @Option(help: "Read text and HTML in this encoding: utf-8, windows-1252 or iso-8859-1 (default: detect).")
    var encoding: String?

    /// The options as the library takes them.
    func loadOptions() throws -> LoadOptions {
        var options = LoadOptions()
        if let fields {
            do {
                options.fieldMap = try LoadOptions.fieldMap(from: fields)
            } catch {
                printError("reader: \(error)")
                throw ExitCode(2)
            }
        }
        if let encoding {
            guard let chosen = TextEncoding(label: encoding) else {
                printError("reader: --encoding \(encoding): not one of utf-8, windows-1252, iso-8859-1")
                throw ExitCode(2)
            }
            options.encoding = chosen
        }
        return options
    }

    /// The articles at `paths`; `-` reads one article (or a feed) from standard input.
    func load(_ paths: [String]) throws -> Corpus {
        let options = try loadOptions()
        var corpus = ArticleLoader.load(paths: paths.filter { $0 != "-" }, options: options)
        if paths.contains("-") {
            let piped = ArticleLoader.loadStandardInput(options: options)
            corpus.articles = piped.articles + corpus.articles
            corpus.problems += piped.problems
        }
        return corpus
    }
}

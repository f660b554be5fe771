import Annotations
import CorpusIndex
import Foundation

/// How the terminal reader uses the corpus index: analyses of unchanged files come from it,
/// analyses made by the worker go into it, and once all are made a refresh drops vanished files.
/// Notices (a damaged index moved aside, an in-memory index) go to standard error before the
/// screen starts.
struct ReaderIndexLink: Sendable {
    let index: CorpusIndex
    let paths: [String]
    /// The files under `paths`: scanned when first asked for, which a list drawn from the index
    /// does only behind its first screen.
    let scanned: LazyScan
    var scan: CorpusScan { scanned.value }
    /// Each article's file as scanned, by the path the article carries.
    let files: ScannedFileTable

    init(paths: [String], options: IndexOptions) {
        let corpus = IndexedCorpus(paths: paths, options: options)
        index = corpus.index
        self.paths = paths
        let scanned = LazyScan(paths: paths)
        self.scanned = scanned
        files = ScannedFileTable(scanning: { scanned.value })
    }

    var stored: AnalysisWorker.StoredAnalysis {
        { [index, files] article in
            files[article.path].flatMap { index.storedAnalysis(of: article, absolutePath: $0.absolutePath) }
        }
    }

    var sink: AnalysisWorker.AnalysisSink {
        { [index, files] analysed in
            let items = analysed.compactMap { article, analysis in
                files[article.path].map { (file: $0, article: article, analysis: analysis) }
            }
            // The index is a cache: failing to fill it costs the next start time, nothing else.
            try? index.store(items)
        }
    }

    var finished: @Sendable () -> Void {
        { [index, scanned] in _ = try? index.refresh(scanned.value) }
    }
}

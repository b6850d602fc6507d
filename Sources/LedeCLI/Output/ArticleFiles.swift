import Foundation
import LedeCore

/// `--output-dir`: one file per article, `ID.EXT` by the writer (`json`, `md`, `txt`, or the
/// writer plugin's name), each written atomically, so an interrupted run leaves whole files
/// only and `--skip-existing` can resume it.
final class ArticleFiles {
    let directory: String
    let fileExtension: String
    let skipExisting: Bool

    init(directory: String, writer: any ArticleWriter, skipExisting: Bool) throws(RunFailure) {
        self.directory = directory
        self.skipExisting = skipExisting
        fileExtension = ["json": "json", "jsonl": "json", "markdown": "md", "text": "txt"][writer.name] ?? writer.name
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(.aborted, "\(directory): cannot create the output folder: \(error.localizedDescription)")
        }
    }

    func path(for id: String) -> String {
        // Ids from JSON Lines may hold anything; keep the file name inside the folder.
        let safe = id.map { $0 == "/" || $0 == "\0" ? "_" : $0 }
        return "\(directory)/\(String(safe)).\(fileExtension)"
    }

    /// True when `--skip-existing` is on and the article's file is already there.
    func exists(_ id: String) -> Bool {
        skipExisting && FileManager.default.fileExists(atPath: path(for: id))
    }

    func write(_ text: String, id: String) throws(RunFailure) {
        let sink = try OutputSink(path: path(for: id))
        try sink.write(text.hasSuffix("\n") ? text : text + "\n")
        try sink.commit()
    }
}

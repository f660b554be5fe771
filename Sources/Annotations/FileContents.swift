import Foundation

/// Reads a whole file, and when it cannot, says why in the system's words (errno and strerror)
/// rather than guessing: a missing file, a folder, a file it may not read are different problems.
public enum FileContents {
    /// The bytes of the file at `path`, at most `limit` of them.
    ///
    /// Anything that is not a folder is read, so a pipe (`<(…)`) works; a device that never ends
    /// (`/dev/zero`) stops at the limit and is refused as too large instead of filling the memory.
    public static func read(_ path: String, limit: Int) -> Result<Data, LoadProblem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(LoadProblem(path: path, message: reason(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(LoadProblem(path: path, message: reason(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(LoadProblem(path: path, message: "is a folder, not a file"))
        }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit {
            return .failure(tooLarge(path, size: "\(Int(status.st_size) / 1_048_576) MB", limit: limit))
        }
        // Opened without blocking (a FIFO with no writer would hang the open); read blocking.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var data = Data()
        // A regular file's size is known: a buffer one byte larger reads it whole and sees its end
        // (an article is a few kilobytes: no 64 KB buffer to clear for each).
        let isRegular = (status.st_mode & S_IFMT) == S_IFREG
        var buffer = [UInt8](repeating: 0, count: isRegular ? min(65_536, Int(status.st_size) + 1) : 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(LoadProblem(path: path, message: reason(errno)))
            }
            // Copied whole, not byte by byte as appending an array slice to `Data` does.
            buffer.withUnsafeBufferPointer { data.append($0.baseAddress!, count: count) }
            if data.count > limit { return .failure(tooLarge(path, size: "more than \(limit / 1_048_576) MB", limit: limit)) }
        }
        return .success(data)
    }

    /// Whether `path` is a folder (true) or something else that exists (false); if it does not
    /// exist or cannot be looked at, why not, in the system's words.
    public static func isFolder(_ path: String) -> Result<Bool, LoadProblem> {
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(LoadProblem(path: path, message: reason(errno))) }
        return .success((status.st_mode & S_IFMT) == S_IFDIR)
    }

    /// `path` absolute, with `.`, `..` and symbolic links resolved; nil (and errno set) when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A message for `code`: "no such file or folder" for the usual case, else the system's text.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case ENOTDIR: return "no such file or folder (a part of the path is a file, not a folder)"
        case EISDIR: return "is a folder, not a file"
        default: return "cannot be read (\(String(cString: strerror(code))))"
        }
    }

    static func tooLarge(_ path: String, size: String, limit: Int) -> LoadProblem {
        LoadProblem(path: path, message: "too large (\(size); the limit is \(limit / 1_048_576) MB)")
    }
}

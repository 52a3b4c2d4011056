import Diagnostics
import Foundation
import MigrationRules

/// Prints HTML to A4 PDF with headless Chromium, the one external program the tool uses.
///
/// Chromium's print engine honours the `@page` and break rules of the stylesheet, which no Swift PDF
/// library on Linux does. Its profile folder and the HTML it prints live in a hidden folder of the output folder,
/// so nothing is written outside it, and are removed afterwards.
public struct PDFPrinter: Sendable {
    public let chromium: String

    /// Why Chromium could not be used.
    public struct Failure: ReportableError, Sendable {
        /// The file or program the failure is about, when there is one.
        public let path: String?
        /// The sentence without the location, for reports that print the path themselves.
        public let reason: String
        /// `.unavailable` when Chromium is missing, `.ioError` when printing failed.
        public let status: ExitStatus

        init(path: String?, reason: String, status: ExitStatus) {
            self.path = path
            self.reason = reason
            self.status = status
        }

        public var message: String { path.map { "\($0): error: \(reason)" } ?? "error: \(reason)" }
        public var description: String { message }
    }

    /// Finds Chromium at an explicit path or as `chromium` on PATH.
    public init(chromiumPath: String?) throws(Failure) {
        if let chromiumPath {
            guard FileManager.default.isExecutableFile(atPath: chromiumPath) else {
                throw Failure(path: chromiumPath, reason: "no executable Chromium here; install the Debian package 'chromium' (apt-get install chromium) or pass --chromium with its path.",
                    status: .unavailable)
            }
            chromium = chromiumPath
            return
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) {
                    chromium = candidate
                    return
                }
            }
        }
        throw Failure(path: nil, reason: "PDF output needs Chromium, and 'chromium' is not on PATH; install the Debian package 'chromium' (apt-get install chromium) or pass --chromium PATH.",
            status: .unavailable)
    }

    /// Prints HTML and returns the PDF's bytes.
    ///
    /// - Parameters:
    ///   - date: the date the PDF says it was made (its creation and modification dates): the rule book's, as
    ///     for every other output, so printing the same checklist twice gives the same bytes.
    ///   - workingDirectory: where Chromium's profile and the page it prints live while it runs (a hidden
    ///     folder, removed afterwards): the output folder, so nothing is written outside it; nil for a private
    ///     temporary folder (standard output).
    public func pdf(html: String, date: RuleDate, workingDirectory: String?) throws(Failure) -> [UInt8] {
        let parent = workingDirectory ?? FileManager.default.temporaryDirectory.path
        let work = "\(parent)/.migration-docs-print-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: work) }
        do {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: parent, reason: "cannot create a working folder for Chromium: \(error.localizedDescription).", status: .cannotCreate)
        }
        let page = "\(work)/checklist.html"
        let pdf = "\(work)/checklist.pdf"
        do {
            try AtomicFile.write(html, to: page)
        } catch {
            throw Failure(path: error.path, reason: error.message, status: error.status)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", "--no-pdf-header-footer", "--user-data-dir=\(work)/profile",
            "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = work
        environment["XDG_CONFIG_HOME"] = "\(work)/config"
        environment["XDG_CACHE_HOME"] = "\(work)/cache"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(path: chromium, reason: "Chromium could not be started: \(error.localizedDescription).", status: .unavailable)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw Failure(path: chromium, reason: "Chromium exited with status \(process.terminationStatus) without printing the PDF; run it by hand to see why.",
                status: .ioError)
        }
        guard var bytes = FileManager.default.contents(atPath: pdf).map({ [UInt8]($0) }) else {
            throw Failure(path: pdf, reason: "the PDF Chromium printed cannot be read back.", status: .ioError)
        }
        Self.stampDates(&bytes, with: date)
        return bytes
    }

    /// Sets the PDF's `/CreationDate` and `/ModDate` to `date` at midnight UTC.
    ///
    /// Chromium writes the moment it printed, so no two runs gave the same bytes. A PDF date is `D:` and up
    /// to 14 digits (`YYYYMMDDHHmmSS`, a writer may stop after any pair), then maybe a time zone (`Z`, or
    /// `+HH'mm'` and its shorter forms). The digits present are overwritten with as many of the new date's,
    /// and a zone in the full `+HH'mm'` form becomes `+00'00'`; nothing else is touched, so the file keeps
    /// its length and every offset of its cross-reference table stays valid.
    static func stampDates(_ pdf: inout [UInt8], with date: RuleDate) {
        let digits = Array(String(format: "%04d%02d%02d000000", date.year, date.month, date.day).utf8)
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            guard let start = pdf.firstRange(of: Array(key.utf8))?.upperBound else { continue }
            var end = start
            while end < pdf.count, end - start < digits.count, isDigit(pdf[end]) { end += 1 }
            guard end > start else { continue }
            pdf.replaceSubrange(start..<end, with: digits[0..<(end - start)])
            let zone = end..<min(end + 7, pdf.count)
            let fullZone = zone.count == 7 && (pdf[zone.lowerBound] == UInt8(ascii: "+") || pdf[zone.lowerBound] == UInt8(ascii: "-"))
                && isDigit(pdf[end + 1]) && isDigit(pdf[end + 2]) && pdf[end + 3] == UInt8(ascii: "'")
                && isDigit(pdf[end + 4]) && isDigit(pdf[end + 5]) && pdf[end + 6] == UInt8(ascii: "'")
            if fullZone { pdf.replaceSubrange(zone, with: Array("+00'00'".utf8)) }
        }
    }
}

import Foundation
import Testing
import TestSupport

@Suite("migration-docs checklist", .serialized)
struct ChecklistCommandTests {
    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> ToolRun {
        try ToolRun.run(["checklist"] + arguments, in: directory, input: input)
    }

    static func example(_ name: String) -> String { Golden.packageRoot.appendingPathComponent("examples/\(name)").path }

    @Test("A YAML profile gives one HTML file named after the company and WABA ID")
    func writesOneFile() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run([Self.example("padaria-sao-joao.yaml"), "-o", folder.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(try Golden.relativeFiles(in: folder) == ["padaria-sao-joao-ltda-102938475610293.html"])
        #expect(result.standardError == "checklist: wrote 1 html checklist to \(folder.path).\n")
    }

    @Test("Every format writes its extension", arguments: [("markdown", "md"), ("json", "json"), ("html", "html")])
    func formats(format: String, ext: String) throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run([Self.example("acme-logistics.json"), "--format", format, "-o", folder.path])
        #expect(result.exitCode == 0)
        #expect(try Golden.relativeFiles(in: folder) == ["acme-logistics-inc-556677889900112.\(ext)"])
    }

    @Test("A batch with good and bad rows writes the good customers, reports the bad ones and exits 65")
    func batch() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run([Self.example("batch.csv"), "-o", folder.path, "--format", "json"])
        #expect(result.exitCode == 65)
        #expect(try Golden.relativeFiles(in: folder) == [
            "munoz-hijos-cia-700000000000002.json", "padaria-pao-quente-700000000000001.json", "tienda-lista-700000000000006.json",
        ])
        let path = Self.example("batch.csv")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(path):5: error: phone: the phone number '+1 555 CALL NOW' contains letters or symbols; only digits, '+', spaces, dashes, dots and parentheses are allowed.",
            "\(path):7: error: company is 'Disagreeing Limited' here but 'Disagreeing Ltd' at line 6 for the same waba_id; the customer columns of one customer's rows must agree.",
            "\(path):8: error: waba_id must contain digits only (for example \"102938475610293\"); found '70000000000000X'.",
            "\(path):8: error: business_verification must be one of approved, pending, rejected, unknown; found 'aproved'.",
            "\(path):8: error: destination.payment_method must be one of true, false, unknown; found 'yes'.",
            "checklist: wrote 3 json checklists to \(folder.path); 3 customers failed.",
        ])
        let padaria = try String(contentsOf: folder.appendingPathComponent("padaria-pao-quente-700000000000001.json"), encoding: .utf8)
        #expect(padaria.contains("\"+5511987654321\""))
        #expect(padaria.contains("\"+551133334444\""))
    }

    @Test("Shards split the customers and together cover them all once")
    func shards() throws {
        var all: [String] = []
        for shard in ["1/2", "2/2"] {
            let folder = try makeTemporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try Self.run([Self.example("batch.csv"), "-o", folder.path, "--shard", shard])
            #expect(result.exitCode == 65)
            all += try Golden.relativeFiles(in: folder)
        }
        #expect(all.sorted() == ["munoz-hijos-cia-700000000000002.html", "padaria-pao-quente-700000000000001.html", "tienda-lista-700000000000006.html"])
    }

    @Test("'-' reads one profile from standard input and '-o -' writes to standard output")
    func standardStreams() throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: Self.example("munoz-hijos.yaml")))
        let result = try Self.run(["-", "-o", "-", "--format", "markdown"], input: input)
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.hasPrefix("# Plan de migración: Muñoz \\& Hijos\n"))
        #expect(result.standardError.isEmpty)
    }

    static let badInvocations: [([String], Int32, String)] = [
        (["/nonexistent/profile.yaml", "-o", "-"], Int32(66), "/nonexistent/profile.yaml: error: no such file"),
        (["/nonexistent/batch.csv"], Int32(66), "/nonexistent/batch.csv: error: no such file"),
        (["examples/batch.csv", "-o", "-"], Int32(64), "'--output -' writes a single checklist"),
        (["examples/munoz-hijos.yaml", "--format", "docx"], Int32(64), "The value 'docx' is invalid for '--format <format>'. Please provide one of 'html', 'markdown', 'json' or 'pdf'."),
        (["examples/munoz-hijos.yaml", "--language", "fr"], Int32(64), "The value 'fr' is invalid for '--language <language>'. Please provide one of 'pt-BR', 'en' or 'es'."),
        (["examples/munoz-hijos.yaml", "--shard", "3/2"], Int32(64), "--shard must be K/N with 1 ≤ K ≤ N"),
        (["examples/munoz-hijos.yaml", "--format", "pdf", "--chromium", "/nonexistent/chromium"], Int32(69), "install the Debian package 'chromium'"),
        (["examples/munoz-hijos.yaml", "--templates", "/nonexistent"], Int32(66), "the checklist template file is missing"),
    ]

    @Test("Bad invocations and inputs give the documented exit codes", arguments: badInvocations)
    func exitCodes(arguments: [String], code: Int32, message: String) throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(arguments.contains("-o") ? arguments : arguments + ["-o", folder.path])
        #expect(result.exitCode == code)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("Bad YAML and non-UTF-8 files exit 65 with a location")
    func badFiles() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.yaml")
        try Data("company: [unclosed\n".utf8).write(to: broken)
        let latin1 = folder.appendingPathComponent("latin1.csv")
        try (Data("company,business_manager_id,waba_id,phone\nCaf".utf8) + Data([0xE9]) + Data(",1,2,+5511912345678\n".utf8)).write(to: latin1)
        let output = folder.appendingPathComponent("out")
        let result = try Self.run([broken.path, latin1.path, "-o", output.path])
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains("\(broken.path):2:1: error: the profile is not valid YAML or JSON"))
        #expect(result.standardError.contains("\(latin1.path):2:4: error: this row is not valid UTF-8 (byte 0xE9)"), "\(result.standardError)")
        #expect(try Golden.relativeFiles(in: output).isEmpty)
    }

    @Test(
        "Malformed CSV rows and over-long ids exit 65 with the row or the key's location",
        arguments: [
            ("unclosed.csv", "company,business_manager_id,waba_id,phone\n\"Acme,1,2,+5511912345678\n", ":2: error: this row has 1 field but the header has 4"),
            ("short.csv", "company,business_manager_id,waba_id,phone\nAcme,1\n", ":2: error: this row has 2 fields but the header has 4"),
            ("long.yaml", "company: Acme\nbusiness_manager_id: \"1\"\nwaba_id: \"\(String(repeating: "1", count: 40))\"\nnumbers:\n  - phone: \"+5511912345678\"\n",
             ":3:10: error: waba_id must have at most 32 digits"),
        ])
    func malformedRows(name: String, contents: String, message: String) throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        let output = folder.appendingPathComponent("out")
        let result = try Self.run([file.path, "-o", output.path])
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains(file.path + message), "\(result.standardError)")
        #expect(try Golden.relativeFiles(in: output).isEmpty)
    }

    @Test("Nothing is written outside the output folder, and no temporary file is left behind")
    func confined() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let result = try Self.run([
            Self.example("hostile-name.yaml"), Self.example("batch.csv"), "-o", output.path,
            "--templates", Golden.packageRoot.appendingPathComponent("templates").path,
        ], in: folder)
        #expect(result.exitCode == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(files.count == 4)
        #expect(files.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") } })
    }
}

@Suite("Checklist PDF through Chromium", .serialized)
struct ChecklistPDFTests {
    @Test("A checklist prints to an A4 PDF whose text holds the plan")
    func printsPDF() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRun.run(["checklist", "examples/padaria-sao-joao.yaml", "--format", "pdf", "-o", folder.path])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(try Golden.relativeFiles(in: folder) == ["padaria-sao-joao-ltda-102938475610293.pdf"])
        let pdf = folder.appendingPathComponent("padaria-sao-joao-ltda-102938475610293.pdf").path
        let info = try Self.tool("/usr/bin/pdfinfo", [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map { Int($0.split(separator: " ").last ?? "") ?? 0 } ?? 0
        // Preparation, then one page or more per number (each starts on a new page), then templates and the ticket.
        #expect(pages >= 3 && pages <= 8, "pages: \(pages)")
        #expect(info.contains("(A4)"), "\(info)")
        let text = try Self.tool("/usr/bin/pdftotext", [pdf, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Plano de migração: Padaria São João Ltda."))
        #expect(text.contains("Número +5511912345678"))
        #expect(text.contains("Número +551134567890"))
        #expect(text.contains("Peça que Twilio desative a verificação em duas etapas (2FA)"))
        #expect(text.contains("Assinatura do cliente"))
    }

    @Test("Printing the same checklist twice gives the same bytes, dated by the rule book")
    func pdfIsDeterministic() throws {
        let folders = try (0..<2).map { _ in try makeTemporaryDirectory() }
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        var prints: [Data] = []
        for folder in folders {
            let result = try ToolRun.run(["checklist", "examples/munoz-hijos.yaml", "--format", "pdf", "-o", folder.path])
            #expect(result.exitCode == 0, "\(result.standardError)")
            let name = try #require(try Golden.relativeFiles(in: folder).first)
            prints.append(try Data(contentsOf: folder.appendingPathComponent(name)))
            // Chromium stamps the second it prints; a second apart, two prints would differ without the fix.
            Thread.sleep(forTimeInterval: 1.1)
        }
        #expect(prints[0] == prints[1])
        // The rule book's date, as content/rules.json records it, at midnight UTC.
        let snapshot = try String(contentsOf: Golden.packageRoot.appendingPathComponent("content/rules.json"), encoding: .utf8)
        let date = try #require(snapshot.firstMatch(of: /"date": "(\d{4})-(\d{2})-(\d{2})"/))
        let stamp = "/CreationDate (D:\(date.1)\(date.2)\(date.3)000000+00'00')"
        #expect(String(decoding: prints[0], as: UTF8.self).contains(stamp))
        // The cross-reference table still points at the objects: poppler reads the file without complaint.
        let info = try Self.tool("/usr/bin/pdfinfo", [folders[0].appendingPathComponent(try #require(try Golden.relativeFiles(in: folders[0]).first)).path])
        #expect(info.contains("Pages:"))
    }

    /// Runs a poppler tool; CI installs `poppler-utils` (scripts/setup), so a missing tool fails the test.
    static func tool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}

import ArgumentParser
import Foundation
import Diagnostics
import MigrationRules
import Site

/// `migration-docs build`: publishes the help-center guide as a static site or as GitBook Markdown.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the help-center guide in pt-BR, en and es from content/, templates/ and the rule book.",
        discussion: """
            Writes OUTPUT/<lang>/<slug>/index.html for every page, OUTPUT/index.html (a language chooser), \
            404.html, assets and sitemap.xml; with --format gitbook, Markdown with a SUMMARY.md per language; with \
            --format zendesk or intercom, the JSON bodies of those help centers' article APIs and a manifest for \
            scripts/publish-zendesk or scripts/publish-intercom (they need the ids in --config). Content errors are \
            all reported as path:line: error: ... with exit code 65, and nothing is written.
            """
    )

    @Option(help: ArgumentHelp("The folder with pt-BR/, en/ and es/ pages.", valueName: "dir"))
    var content = "content"

    @Option(help: ArgumentHelp("The folder with the Mustache templates and assets/.", valueName: "dir"))
    var templates = "templates"

    @Option(help: ArgumentHelp("The folder to replace with the built site.", valueName: "dir"))
    var output = "_site"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The site's public address, for canonical, alternate and sitemap URLs.", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("html (the site), gitbook (Markdown for GitBook's Git Sync), zendesk or intercom (article JSON for their APIs).", valueName: "format"))
    var format: SiteFormat = .html

    @Option(help: ArgumentHelp("The help center configuration the zendesk and intercom formats read (see examples/site.yaml).", valueName: "file"))
    var config = "site.yaml"

    @Flag(help: "Also print how long each stage took (load, validate, plan, render and write; for the exports, export and write), to see what makes a build slow.")
    var timings = false

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("--output needs a folder name; found an empty one.")
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must be an absolute http:// or https:// address, like https://help.example.com/migration/; found '\(baseURL)'.")
        }
    }

    func run() throws {
        let options = SiteBuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output, baseURL: baseURL, format: format, configurationPath: config)
        do {
            let summary = try SitePipeline(rules: .current).build(options)
            StandardStreams.writeError("Built \(summary.pageCount) pages (\(summary.fileCount) files) into \(output).\n")
            if baseURL == nil, format == .html {
                StandardStreams.writeError("No sitemap.xml written: a sitemap holds only absolute URLs; pass --base-url with the site's address to get one.\n")
            }
            if timings {
                StandardStreams.writeError("Stages: " + summary.stages.map(\.description).joined(separator: ", ") + ".\n")
            }
        } catch let error as any ReportableError {
            throw error.exit()
        }
    }
}

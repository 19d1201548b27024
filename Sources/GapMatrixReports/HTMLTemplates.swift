import Foundation
import GapMatrix
import Mustache

/// The Mustache templates of the HTML report, read from a folder of `.mustache` files.
///
/// The shipped templates sit in the package's resource bundle next to the executable; a user
/// may point at a copy of that folder to change the layout without rebuilding.
public struct HTMLTemplates: Sendable {
    let library: MustacheLibrary

    /// The page template every report starts from; the others are its partials.
    static let page = "report"

    /// Reads every `*.mustache` file in `folder` (the shipped templates when nil).
    public static func load(from folder: String? = nil) throws -> HTMLTemplates {
        let dir = try folder ?? shippedFolder()
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw GapMatrixError(.missingInput, file: dir, found: "no such folder", expected: "a folder of .mustache templates")
        }
        let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var library = MustacheLibrary()
        for name in names {
            let path = dir + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw GapMatrixError(.missingInput, file: path, found: "an unreadable file", expected: "a UTF-8 Mustache template")
            }
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch let e as MustacheTemplate.ParserError {
                throw GapMatrixError(.badData, file: path, line: e.context.lineNumber, column: e.context.columnNumber,
                                     found: "a template error (\(e.error))", expected: "valid Mustache syntax")
            } catch {
                throw GapMatrixError(.badData, file: path, found: "a template error (\(error))", expected: "valid Mustache syntax")
            }
        }
        guard library.getTemplate(named: page) != nil else {
            throw GapMatrixError(.missingInput, file: dir + "/" + page + ".mustache", found: "no such template",
                                 expected: "the page template \(page).mustache")
        }
        return HTMLTemplates(library: library)
    }

    /// The page rendered with `context`; text is HTML-escaped unless a template asks for raw output.
    func render(_ context: [String: Any]) -> String {
        library.render(context, withTemplate: Self.page) ?? ""
    }

    /// Where SwiftPM puts the resource bundle: beside the executable (or test bundle).
    static func shippedFolder() throws -> String {
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let candidates = [Bundle.main.bundleURL, Bundle.main.executableURL?.deletingLastPathComponent(),
                          exe.deletingLastPathComponent()].compactMap { $0 }
        for base in candidates {
            let dir = base.appendingPathComponent("GapMatrix_GapMatrixReports.resources/Templates").path
            if FileManager.default.fileExists(atPath: dir) { return dir }
        }
        throw GapMatrixError(.missingInput, file: "GapMatrix_GapMatrixReports.resources/Templates",
                             found: "no templates beside the executable",
                             expected: "the resource folder that `swift build` puts next to gapmatrix, or --templates DIR")
    }
}

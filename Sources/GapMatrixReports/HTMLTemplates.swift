import Foundation
import GapMatrix
import Mustache

/// The Mustache templates of the HTML report.
///
/// The shipped templates (Templates/*.mustache) are built into the binary (`builtIn`, written by
/// scripts/embed-templates.sh), so a copied or installed `gapmatrix` needs no folder beside it.
/// A user may point at a changed copy of that folder to change the layout without rebuilding.
public struct HTMLTemplates: Sendable {
    let library: MustacheLibrary

    /// The page template every report starts from; the others are its partials.
    static let page = "report"

    /// Reads every `*.mustache` file in `folder`, or the built-in templates when nil.
    public static func load(from folder: String? = nil) throws -> HTMLTemplates {
        guard let dir = folder else {
            return try build(builtIn.map { (name: $0.name, text: $0.text, file: "built-in template \($0.name).mustache") },
                             pagePath: "built-in template \(page).mustache")
        }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw GapMatrixError(.missingInput, file: dir, found: "no such folder", expected: "a folder of .mustache templates")
        }
        let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        let files = try names.map { name in
            let path = dir + "/" + name
            // Strict UTF-8, as every input: a bad byte is named with its line and column.
            return (name: String(name.dropLast(".mustache".count)), text: try InputFile.text(path), file: path)
        }
        return try build(files, pagePath: dir + "/" + page + ".mustache")
    }

    /// Registers each template; a syntax error names its file, line and column.
    private static func build(_ files: [(name: String, text: String, file: String)], pagePath: String) throws -> HTMLTemplates {
        // Registered before any template is parsed: the parser looks the pragma's type up.
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        var library = MustacheLibrary()
        for f in files {
            do {
                try library.register(f.text, named: f.name)
            } catch let e as MustacheTemplate.ParserError {
                throw GapMatrixError(.badData, file: f.file, line: e.context.lineNumber, column: e.context.columnNumber,
                                     found: "a template error (\(e.error))", expected: "valid Mustache syntax")
            } catch {
                throw GapMatrixError(.badData, file: f.file, found: "a template error (\(error))", expected: "valid Mustache syntax")
            }
        }
        guard library.getTemplate(named: page) != nil else {
            throw GapMatrixError(.missingInput, file: pagePath, found: "no such template",
                                 expected: "the page template \(page).mustache")
        }
        return HTMLTemplates(library: library)
    }

    /// The page rendered with `context`; text is HTML-escaped unless a template asks for raw output.
    func render(_ context: [String: Any]) -> String {
        library.render(context, withTemplate: Self.page) ?? ""
    }
}

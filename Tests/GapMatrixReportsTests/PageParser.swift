import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A page parsed as XML: every element with its attributes, its ancestors and the id of the
/// section it sits in. Parsing fails on anything that is not well-formed.
struct Page: Sendable {
    struct Element: Sendable {
        var name: String
        var attributes: [String: String]
        var ancestors: [String]
        var section: String?
        var text = ""
    }

    var elements: [Element]
    var error: String?

    static func parse(_ page: String) -> Page {
        let p = PageParser()
        let parser = XMLParser(data: Data(page.utf8))
        parser.delegate = p
        var error: String? = nil
        if !parser.parse() {
            error = "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown")"
        }
        return Page(elements: p.elements, error: error)
    }

    func find(_ name: String, in section: String? = nil, where test: (Element) -> Bool = { _ in true }) -> [Element] {
        elements.filter { $0.name == name && (section == nil || $0.section == section) && test($0) }
    }

    var allText: String { elements.first?.text ?? "" }
}

private final class PageParser: NSObject, XMLParserDelegate {
    typealias Element = Page.Element
    var elements: [Element] = []
    private var open: [Int] = []
    private var sections: [String?] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let section = name == "section" ? attributes["id"] : (sections.last ?? nil)
        elements.append(Element(name: name, attributes: attributes, ancestors: open.map { elements[$0].name }, section: section))
        open.append(elements.count - 1)
        sections.append(section)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        sections.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for i in open { elements[i].text += string }
    }
}

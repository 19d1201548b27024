import CZlib
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an .xlsx back for tests: the zip's members, then each sheet's cells as text, written
/// independently of libxlsxwriter so a test compares what Excel would see with what was meant.
struct XLSXReader {
    enum Failure: Error { case badZip(String), badXML(String) }

    let members: [String: [UInt8]]

    init(_ bytes: [UInt8]) throws {
        members = try Self.unzip(bytes)
    }

    /// Members of a zip file, from its central directory (stored or deflated entries).
    static func unzip(_ b: [UInt8]) throws -> [String: [UInt8]] {
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard let end = stride(from: b.count - 22, through: max(0, b.count - 65_557), by: -1)
            .first(where: { u32($0) == 0x0605_4b50 }) else { throw Failure.badZip("no end of central directory") }
        var p = u32(end + 16)
        var out: [String: [UInt8]] = [:]
        for _ in 0..<u16(end + 10) {
            guard u32(p) == 0x0201_4b50 else { throw Failure.badZip("bad central directory entry at \(p)") }
            let method = u16(p + 10), compressed = u32(p + 20), size = u32(p + 24)
            let nameLength = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32), local = u32(p + 42)
            let name = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            let data = Array(b[start..<(start + compressed)])
            switch method {
            case 0: out[name] = data
            case 8: out[name] = try inflate(data, size: size)
            default: throw Failure.badZip("method \(method) for \(name)")
            }
            p += 46 + nameLength + extra + comment
        }
        return out
    }

    static func inflate(_ input: [UInt8], size: Int) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: max(size, 1))
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.badZip("inflateInit2")
        }
        defer { inflateEnd(&stream) }
        var input = input
        let status = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                stream.next_in = i.baseAddress
                stream.avail_in = uInt(i.count)
                stream.next_out = o.baseAddress
                stream.avail_out = uInt(o.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw Failure.badZip("inflate status \(status)") }
        return Array(output.prefix(size))
    }

    func text(_ member: String) throws -> String {
        guard let m = members[member] else { throw Failure.badZip("no member \(member)") }
        return String(decoding: m, as: UTF8.self)
    }

    /// Sheet names in workbook order.
    func sheetNames() throws -> [String] {
        try elements(in: text("xl/workbook.xml"), named: "sheet").compactMap { $0.attributes["name"] }
    }

    /// A sheet's cells as a grid of texts (numbers as written in the file, empty cells as "").
    func grid(sheet index: Int) throws -> [[String]] {
        let shared = try members["xl/sharedStrings.xml"].map { _ in try sharedStrings() } ?? []
        let xml = try text("xl/worksheets/sheet\(index + 1).xml")
        var rows: [Int: [Int: String]] = [:]
        for c in try cells(xml) {
            let (col, row) = Self.position(c.ref)
            let value: String
            switch c.type {
            case "s": value = shared[Int(c.value)!]
            case "str", "inlineStr": value = c.value
            default: value = c.value
            }
            rows[row, default: [:]][col] = value
        }
        let height = (rows.keys.max() ?? -1) + 1
        let width = (rows.values.flatMap(\.keys).max() ?? -1) + 1
        return (0..<height).map { r in (0..<width).map { rows[r]?[$0] ?? "" } }
    }

    /// Fill colour (RRGGBB) of each styled cell of a sheet, by reference such as "B3".
    func fills(sheet index: Int) throws -> [String: String] {
        let styles = try text("xl/styles.xml")
        let fillColours = try elements(in: styles, named: "fill", children: "fgColor").map { $0.attributes["rgb"].map { String($0.suffix(6)) } }
        let xfs = try elements(in: styles, named: "xf", under: "cellXfs").map { Int($0.attributes["fillId"] ?? "0")! }
        var out: [String: String] = [:]
        for c in try cells(text("xl/worksheets/sheet\(index + 1).xml")) {
            guard let s = c.style, s < xfs.count, let colour = fillColours[xfs[s]] else { continue }
            out[c.ref] = colour
        }
        return out
    }

    private func sharedStrings() throws -> [String] {
        let parser = TextCollector(element: "si")
        try parser.parse(text("xl/sharedStrings.xml"))
        return parser.texts
    }

    struct Cell { var ref: String; var type: String?; var style: Int?; var value: String }

    private func cells(_ xml: String) throws -> [Cell] {
        let parser = CellCollector()
        try parser.parse(xml)
        return parser.cells
    }

    private func elements(in xml: String, named name: String, under parent: String? = nil, children: String? = nil) throws -> [(attributes: [String: String], Void)] {
        let parser = ElementCollector(name: name, parent: parent, child: children)
        try parser.parse(xml)
        return parser.found.map { ($0, ()) }
    }

    /// "B12" -> (column 1, row 11), zero-based.
    static func position(_ ref: String) -> (Int, Int) {
        let letters = ref.prefix { $0.isLetter }, digits = ref.drop { $0.isLetter }
        let col = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value - 64) } - 1
        return (col, Int(digits)! - 1)
    }
}

/// The small SAX readers below. Each class conforms to the delegate protocol itself: on Linux a
/// subclass's methods would not replace the protocol's defaults inherited from a base class.
private protocol Collector: XMLParserDelegate {}

extension Collector {
    func parse(_ xml: String) throws {
        let p = XMLParser(data: Data(xml.utf8))
        p.delegate = self
        guard p.parse() else { throw XLSXReader.Failure.badXML(p.parserError.map { "\($0)" } ?? "unknown") }
    }
}

/// The text inside each `element` (shared strings: the runs of an `si`).
private final class TextCollector: NSObject, Collector {
    let element: String
    var texts: [String] = []
    private var current: String? = nil
    init(element: String) { self.element = element }
    func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if e == element { current = "" }
    }
    func parser(_ p: XMLParser, foundCharacters s: String) { current? += s }
    func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        if e == element, let c = current { texts.append(c); current = nil }
    }
}

/// Each `c` element of a sheet with its reference, type, style and value.
private final class CellCollector: NSObject, Collector {
    var cells: [XLSXReader.Cell] = []
    private var current: XLSXReader.Cell? = nil
    private var inValue = false
    func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
        if e == "c" { current = .init(ref: a["r"] ?? "", type: a["t"], style: a["s"].flatMap { Int($0) }, value: "") }
        if e == "v" || e == "t" { inValue = true }
    }
    func parser(_ p: XMLParser, foundCharacters s: String) { if inValue { current?.value += s } }
    func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        if e == "v" || e == "t" { inValue = false }
        if e == "c", let c = current { cells.append(c); current = nil }
    }
}

/// Attributes of each `name` element (inside `parent` if given); with `child`, the attributes of
/// that child of each `name` element instead (empty when it has none).
private final class ElementCollector: NSObject, Collector {
    let name: String, parent: String?, child: String?
    var found: [[String: String]] = []
    private var inParent = false, inName = false
    init(name: String, parent: String?, child: String?) { self.name = name; self.parent = parent; self.child = child }
    func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
        if e == parent { inParent = true }
        guard parent == nil || inParent else { return }
        if e == name {
            inName = true
            found.append(child == nil ? a : [:])
        } else if inName, e == child {
            found[found.count - 1] = a
        }
    }
    func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        if e == parent { inParent = false }
        if e == name { inName = false }
    }
}

/// Marks that differ by shape as well as colour, so a grid reads without colour vision.
public enum MarkShape: String, Sendable, CaseIterable {
    case square, hollowSquare, circle, ring, diamond, triangle, invertedTriangle, dot

    /// The mark centred on (x, y) inside a box of side `size`.
    public func element(x: Double, y: Double, size: Double, cssClass: String) -> SVGElement {
        let f = SVGNumber.format
        let r = size / 2
        switch self {
        case .square, .hollowSquare:
            let inset = self == .hollowSquare ? 1.0 : 0
            return SVGElement("rect", [("x", f(x - r + inset)), ("y", f(y - r + inset)), ("width", f(size - 2 * inset)),
                                       ("height", f(size - 2 * inset)), ("class", cssClass)])
        case .circle, .ring:
            return SVGElement("circle", [("cx", f(x)), ("cy", f(y)), ("r", f(self == .ring ? r - 1 : r)), ("class", cssClass)])
        case .dot:
            return SVGElement("circle", [("cx", f(x)), ("cy", f(y)), ("r", f(size / 6)), ("class", cssClass)])
        case .diamond:
            return SVGElement("polygon", [("points", [(x, y - r), (x + r, y), (x, y + r), (x - r, y)].map { f($0.0) + "," + f($0.1) }
                .joined(separator: " ")), ("class", cssClass)])
        case .triangle:
            return SVGElement("polygon", [("points", [(x, y - r), (x + r, y + r), (x - r, y + r)].map { f($0.0) + "," + f($0.1) }
                .joined(separator: " ")), ("class", cssClass)])
        case .invertedTriangle:
            return SVGElement("polygon", [("points", [(x - r, y - r), (x + r, y - r), (x, y + r)].map { f($0.0) + "," + f($0.1) }
                .joined(separator: " ")), ("class", cssClass)])
        }
    }
}

extension SVGElement {
    /// A root `<svg>` element sized in pixels, with a label for screen readers.
    public static func svg(width: Double, height: Double, label: String, children: [SVGElement]) -> SVGElement {
        let f = SVGNumber.format
        return SVGElement("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", f(width)), ("height", f(height)),
                                  ("viewBox", "0 0 \(f(width)) \(f(height))"), ("role", "img"), ("aria-label", label)],
                          children: children)
    }

    public static func text(_ s: String, x: Double, y: Double, cssClass: String, anchor: String = "start",
                            extra: [(String, String)] = []) -> SVGElement {
        SVGElement("text", [("x", SVGNumber.format(x)), ("y", SVGNumber.format(y)), ("class", cssClass),
                            ("text-anchor", anchor)] + extra, text: s)
    }

    public static func line(x1: Double, y1: Double, x2: Double, y2: Double, cssClass: String) -> SVGElement {
        let f = SVGNumber.format
        return SVGElement("line", [("x1", f(x1)), ("y1", f(y1)), ("x2", f(x2)), ("y2", f(y2)), ("class", cssClass)])
    }
}

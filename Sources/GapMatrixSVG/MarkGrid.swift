/// A grid of marks: one row per row label, one column per column label, at most one mark per
/// cell (the knowledge-gap matrix).
public struct MarkGrid: Sendable {
    public struct Mark: Sendable {
        public var shape: MarkShape
        public var cssClass: String
        public var title: String

        public init(shape: MarkShape, cssClass: String, title: String) {
            self.shape = shape
            self.cssClass = cssClass
            self.title = title
        }
    }

    public var rowLabels: [String]
    public var columnLabels: [String]
    /// marks[row][column]; nil leaves the cell empty.
    public var marks: [[Mark?]]
    public var cell: Double = 14
    public var rowLabelWidth: Double = 48
    /// Room for the column labels, which are written upwards.
    public var columnLabelHeight: Double = 34

    public init(rowLabels: [String], columnLabels: [String], marks: [[Mark?]]) {
        precondition(marks.count == rowLabels.count && marks.allSatisfy { $0.count == columnLabels.count },
                     "one mark slot per row and column")
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.marks = marks
    }

    public var columns: BandScale { BandScale(count: columnLabels.count, start: rowLabelWidth, step: cell, padding: 0) }
    public var rows: BandScale { BandScale(count: rowLabels.count, start: columnLabelHeight, step: cell, padding: 0) }
    public var width: Double { columns.end + 4 }
    public var height: Double { rows.end + 2 }

    public func svg(label: String) -> SVGElement {
        let cx = columns, cy = rows
        var children: [SVGElement] = []
        for (j, l) in columnLabels.enumerated() {
            let x = cx.centre(j) + 3, y = columnLabelHeight - 4
            children.append(.text(l, x: x, y: y, cssClass: "label", extra: [
                ("transform", "rotate(-90 \(SVGNumber.format(x)) \(SVGNumber.format(y)))")]))
        }
        for (i, l) in rowLabels.enumerated() {
            children.append(.text(l, x: rowLabelWidth - 4, y: cy.centre(i) + 4, cssClass: "label", anchor: "end"))
            for j in columnLabels.indices {
                guard let m = marks[i][j] else { continue }
                children.append(m.shape.element(x: cx.centre(j), y: cy.centre(i), size: cell - 4, cssClass: m.cssClass)
                    .titled(m.title))
            }
        }
        return .svg(width: width, height: height, label: label, children: children)
    }
}

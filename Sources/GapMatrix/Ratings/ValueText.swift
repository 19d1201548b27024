import Foundation

/// Values in words for reasons: the number as a reader expects it, with its unit, so a value
/// is never confused with its score ("45.2%", "5.6 million", "656,434 people").
public enum ValueText {
    /// Millions as "5.6 million", thousands with separators, smaller numbers as `Bounds.fmt`.
    public static func number(_ v: Double) -> String {
        if v.isNaN { return "NA" }
        if abs(v) >= 1_000_000 && abs(v) < 1e15 {
            let m = v / 1_000_000
            return (m == m.rounded() ? String(Int(m)) : Bounds.fmt((m * 10).rounded() / 10)) + " million"
        }
        if abs(v) >= 1000 && abs(v) < 1e15 {
            let digits = String(Int(abs(v).rounded()))
            var out = ""
            for (i, ch) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            return (v < 0 ? "-" : "") + out
        }
        return Bounds.fmt(v)
    }

    /// The number followed by its unit: "45.2%", "12.5% of GDP", "3.1 years"; bare without one.
    public static func quantity(_ v: Double, unit: String?) -> String {
        let n = number(v)
        guard let unit, !unit.isEmpty else { return n }
        return unit.hasPrefix("%") ? n + unit : n + " " + unit
    }

    /// The name a reason or a table header uses: the framework name without a trailing
    /// parenthesis when the indicator has a unit, since the unit follows the value anyway
    /// ("Tertiary school enrolment (% gross)" reads "Tertiary school enrolment: 62.7% gross").
    public static func label(_ name: String, unit: String?) -> String {
        guard let unit, !unit.isEmpty, name.hasSuffix(")"), let open = openingParenthesis(of: name),
              open > name.startIndex else { return name }
        let short = FastText.trimmingBlanks(name[..<open])
        return short.isEmpty ? name : short
    }

    /// The unit as reasons print it: without a parenthesised explanation ("% (women's rate /
    /// men's rate x 100)" is "%"), which the framework and methods note give in full.
    public static func shortUnit(_ unit: String?) -> String? {
        guard let unit, unit.hasSuffix(")"), let open = openingParenthesis(of: unit), open > unit.startIndex else { return unit }
        return FastText.trimmingBlanks(unit[..<open])
    }

    /// A value in a reason, as a reader says it: "62.65% gross", "category 3 of 1-4", "1 of 2
    /// conventions", "yes" for a 0/1 item, "5.6 million persons".
    public static func reading(_ v: Double, unit: String?) -> String {
        guard let u = shortUnit(unit), !u.isEmpty, !v.isNaN else { return quantity(v, unit: unit) }
        if u == "0/1 item" && (v == 0 || v == 1) { return v == 1 ? "yes" : "no" }
        if u.hasPrefix("category ") { return "category \(number(v)) of \(u.dropFirst("category ".count))" }
        if u.hasPrefix("count of ") { return "\(number(v)) of \(u.dropFirst("count of ".count))" }
        return quantity(v, unit: u)
    }

    /// A threshold in a reason: with "%" when the unit is a percentage, bare otherwise (the
    /// value beside it carries the full unit).
    public static func threshold(_ v: Double, unit: String?) -> String {
        (unit ?? "").hasPrefix("%") ? Bounds.fmt(v) + "%" : Bounds.fmt(v)
    }

    /// The "(" that opens the parenthesis closing the text, nesting respected.
    static func openingParenthesis(of text: String) -> String.Index? {
        // Parentheses are ASCII, so a walk back over UTF-8 bytes finds them exactly (a byte of a
        // multi-byte character is never 0x28 or 0x29), without decoding characters.
        let utf8 = text.utf8
        var depth = 0
        var i = utf8.endIndex
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            if utf8[i] == 0x29 { depth += 1 }
            if utf8[i] == 0x28 { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }
}

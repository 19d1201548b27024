/// A recommendation made at a Global Forum on Migration and Development meeting, as its
/// published record states it.
///
/// The Forum is informal, non-binding and state-led: its recommendations came from the Chair,
/// rapporteurs and civil society, and states never adopted them. A recommendation therefore
/// *bears on* gap cells of its themes; it is never something a state "fails" (docs/METHODS.md
/// section 13).
public struct Recommendation: Sendable, Equatable {
    /// Whether it asks for a change in policy, or in the Forum's own machinery and knowledge work
    /// (a process recommendation bears on no country cell).
    public enum Kind: String, Sendable, CaseIterable {
        case policy
        case process
    }

    public var id: String
    public var meeting: String
    public var year: Int
    public var session: String?
    public var documentType: String
    public var kind: Kind
    /// Who made it, as the source says (chair, rapporteur, civil society, ...); nil when the
    /// source does not say.
    public var author: String?
    /// Whom it addresses, as the source says; nil when the source does not say.
    public var addressee: String?
    /// The recommendation in the register's own words (not a quotation).
    public var text: String
    /// A short verbatim phrase that anchors it in the source, if recorded.
    public var quote: String?
    public var locator: Locator
    /// Themes it bears on; empty for one about the Forum's machinery only.
    public var themes: [String]
    public var gcm: [Int]
    /// The rule that links it to gap cells, in words.
    public var bearsOn: String?
    /// Line of the entry in its file, for messages.
    public var line: Int?

    public init(id: String, meeting: String, year: Int, session: String? = nil, documentType: String, kind: Kind, author: String? = nil,
                addressee: String? = nil, text: String, quote: String? = nil, locator: Locator, themes: [String],
                gcm: [Int] = [], bearsOn: String? = nil, line: Int? = nil) {
        self.id = id
        self.meeting = meeting
        self.year = year
        self.session = session
        self.documentType = documentType
        self.kind = kind
        self.author = author
        self.addressee = addressee
        self.text = text
        self.quote = quote
        self.locator = locator
        self.themes = themes
        self.gcm = gcm
        self.bearsOn = bearsOn
        self.line = line
    }

    /// Where in its source a fact was read.
    public struct Locator: Sendable, Equatable {
        public var document: String
        public var section: String?
        public var url: String?

        public init(document: String, section: String? = nil, url: String? = nil) {
            self.document = document
            self.section = section
            self.url = url
        }
    }
}

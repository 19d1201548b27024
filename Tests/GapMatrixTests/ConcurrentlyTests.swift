import Testing
@testable import GapMatrix

/// Work run side by side comes back in the order it was given, whatever order it finished in.
@Suite struct ConcurrentlyTests {
    struct Failure: Error, Equatable { let n: Int }

    @Test func mapKeepsTheElementsOrder() {
        let squares = Concurrently.map(Array(0..<100), startingWith: Array((0..<100).reversed())) { $0 * $0 }
        #expect(squares == (0..<100).map { $0 * $0 })
        #expect(Concurrently.map([Int]()) { $0 }.isEmpty)
    }

    /// The first failing element's error, as one after the other would give it.
    @Test func theEarliestFailureWins() {
        #expect(throws: Failure(n: 3)) {
            try Concurrently.map(Array(0..<10), startingWith: Array((0..<10).reversed())) { n -> Int in
                if n == 3 || n == 7 { throw Failure(n: n) }
                return n
            }
        }
    }

    @Test func bothReturnsBothAndTheFirstError() throws {
        let (a, b) = try Concurrently.both({ (1...1000).reduce(0, +) }, { "two" })
        #expect(a == 500_500 && b == "two")
        #expect(throws: Failure(n: 1)) {
            try Concurrently.both({ () throws -> Int in throw Failure(n: 1) }, { () throws -> Int in throw Failure(n: 2) })
        }
        #expect(throws: Failure(n: 2)) {
            try Concurrently.both({ 1 }, { () throws -> Int in throw Failure(n: 2) })
        }
    }
}

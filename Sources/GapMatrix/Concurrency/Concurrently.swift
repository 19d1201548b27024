import Dispatch

/// Independent pieces of work run side by side, their results kept in a fixed order.
///
/// A report reads two editions, renders a dozen files and packs a workbook; on a machine
/// with two cores the pieces that share nothing overlap. Each piece is a pure computation of
/// values it is given, so the results, and so the files, are the same as one after the other.
/// Errors keep the order too: the first piece's error wins, whichever finished first.
public enum Concurrently {
    /// `first()` and `second()` at once.
    public static func both<A, B>(_ first: () throws -> A, _ second: () throws -> B) throws -> (A, B) {
        var a: Result<A, Error>? = nil
        var b: Result<B, Error>? = nil
        // Each iteration writes only its own variable, and concurrentPerform returns after both.
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Work(first: { a = Result(catching: first) }, second: { b = Result(catching: second) })
                DispatchQueue.concurrentPerform(iterations: 2) { i in i == 0 ? work.first() : work.second() }
            }
        }
        return (try a!.get(), try b!.get())
    }

    /// `transform` of every element, in the elements' order; `order` gives the order to start
    /// them in (the longest first, so the last to finish does not start late).
    public static func map<T, R>(_ items: [T], startingWith order: [Int]? = nil, _ transform: (T) -> R) -> [R] {
        let order = order ?? Array(items.indices)
        precondition(order.sorted() == Array(items.indices), "order must name every element once")
        let slots = Slots<R>(count: items.count)
        withoutActuallyEscaping(transform) { transform in
            let box = Transform(items: items, order: order, body: transform)
            DispatchQueue.concurrentPerform(iterations: order.count) { k in
                let i = box.order[k]
                slots.set(i, box.body(box.items[i]))
            }
        }
        return slots.values
    }

    /// `map` for a transform that can fail: the error of the earliest element that failed.
    public static func map<T, R>(_ items: [T], startingWith order: [Int]? = nil, _ transform: (T) throws -> R) throws -> [R] {
        try map(items, startingWith: order) { x in Result { try transform(x) } }.map { try $0.get() }
    }
}

/// The two closures of `both`, handed to the dispatch queue's threads.
private final class Work: @unchecked Sendable {
    let first: () -> Void
    let second: () -> Void
    init(first: @escaping () -> Void, second: @escaping () -> Void) {
        self.first = first
        self.second = second
    }
}

/// The elements and the transform of `map`, handed to the dispatch queue's threads (read only).
private final class Transform<T, R>: @unchecked Sendable {
    let items: [T]
    let order: [Int]
    let body: (T) -> R
    init(items: [T], order: [Int], body: @escaping (T) -> R) {
        self.items = items
        self.order = order
        self.body = body
    }
}

/// One slot per element: each written by one iteration only, read after all have finished.
/// Raw memory, so writes to different slots are not one access to a shared array.
private final class Slots<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R?>
    private let count: Int
    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }
    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
    func set(_ i: Int, _ value: R) { base[i] = value }
    var values: [R] { (0..<count).map { base[$0]! } }
}

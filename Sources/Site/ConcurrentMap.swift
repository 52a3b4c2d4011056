import Dispatch

extension Array where Element: Sendable {
    /// Maps on every core: pages are independent, and the site has to build in a few milliseconds.
    ///
    /// Each iteration writes only its own slot of the result buffer, so no lock is needed; the order
    /// of the result is the order of the input, whatever the scheduling, which keeps the output deterministic.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer {
            // The slots hold values (page HTML) that must be released, not just the memory under them.
            buffer.deinitialize()
            buffer.deallocate()
        }
        nonisolated(unsafe) let slots = buffer
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = transform(input[index])
        }
        return buffer.compactMap { $0 }
    }
}

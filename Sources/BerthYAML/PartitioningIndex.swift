extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsAfter`, for a collection where every element that does
    /// follows every element that does not (a binary search). Inlinable so each caller gets it specialised.
    @inlinable
    public func partitioningIndex(where belongsAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try belongsAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}

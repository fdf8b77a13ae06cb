import AccordExtract

/// libFuzzer entry point: the input, decoded as (lossy) UTF-8, goes through every document format
/// and the feed parser. Nothing may trap, and every result must be self-consistent.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    for format in [DocumentFormat.html, .markdown, .text] {
        let document = DocumentReader.read(text, format: format)
        check(document, format: format)
        // Reading is pure: the same input gives the same document.
        guard DocumentReader.read(text, format: format) == document else {
            fatalError("DocumentReader.read(\(format)) is not deterministic")
        }
    }
    if let feed = Feed.parse(text) {
        for item in feed.items { touch(item.link); touch(item.title); touch(item.published) }
        touch(feed.title)
    }
    return 0
}

private func check(_ document: AccordExtract.Document, format: DocumentFormat) {
    // Walking every scalar makes ASan look at all the storage the reader produced.
    touch(document.text)
    touch(document.title)
    touch(document.publisher)
    touch(document.published)
    touch(document.url)
    // The reader promises to drop trailing whitespace.
    if let last = document.text.last, last.isWhitespace {
        fatalError("\(format): document text ends in whitespace")
    }
    // A normalised date is ISO: YYYY, YYYY-MM or YYYY-MM-DD.
    if let published = document.published {
        let scalars = Array(published.unicodeScalars)
        let shapeOK =
            [4, 7, 10].contains(scalars.count)
            && scalars.enumerated().allSatisfy { index, scalar in
                index == 4 || index == 7 ? scalar == "-" : ("0"..."9").contains(scalar)
            }
        if !shapeOK { fatalError("\(format): published date \(published.debugDescription) is not ISO") }
    }
}

@inline(never)
private func touch(_ text: String?) {
    guard let text else { return }
    var sum: UInt32 = 0
    for scalar in text.unicodeScalars { sum &+= scalar.value }
    blackHole(sum)
}

@inline(never)
private func blackHole(_ value: UInt32) {
    withExtendedLifetime(value) {}
}

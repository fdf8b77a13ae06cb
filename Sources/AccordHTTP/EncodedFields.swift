import HTTPTypes

/// Header fields in wire form ("Name: value\r\n" each), encoded once: for a handler that sends the
/// same fields many times (a cached representation), so that each answer copies bytes instead of
/// encoding every field again. Framing fields (Content-Length, Transfer-Encoding, Connection) are
/// left out, since the server writes those itself.
public struct EncodedFields: Sendable {
    /// The fields encoded, for reading them back (tests, logs); the server never looks into them.
    public let fields: HTTPFields
    let bytes: [UInt8]
    /// Whether the fields give their own `Date`, which the server then does not add.
    let hasDate: Bool
    /// Whether they give an `X-Request-ID`, which the server then does not add.
    let hasRequestID: Bool

    public init(_ fields: HTTPFields) {
        var kept = HTTPFields()
        var bytes = OutputBuffer()
        var hasDate = false
        var hasRequestID = false
        for field in fields where !HTTPResponseEncoder.isFraming(field.name) {
            kept.append(field)
            if field.name == .date { hasDate = true }
            if field.name == .xRequestID { hasRequestID = true }
            HTTPResponseEncoder.write(field, into: &bytes)
        }
        self.fields = kept
        self.bytes = bytes.bytes
        self.hasDate = hasDate
        self.hasRequestID = hasRequestID
    }
}

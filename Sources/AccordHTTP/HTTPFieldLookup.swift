import HTTPTypes

extension HTTPFields {
    /// The named field's value, repeated fields joined as RFC 9110 5.3 allows: what the subscript
    /// gives, in one pass and without building a new string for a single field (nearly every field
    /// of a request). The subscript scans the fields twice and joins even a lone value; a request
    /// is looked up a dozen times on its way through the server.
    public func combined(_ name: HTTPField.Name) -> String? {
        var found: String?
        for field in self where field.name == name {
            if let previous = found {
                found = previous + (name == .cookie ? "; " : ", ") + field.value
            } else {
                found = field.value
            }
        }
        return found
    }
}

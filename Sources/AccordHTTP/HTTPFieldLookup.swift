import HTTPTypes

extension HTTPFields {
    /// The named field's value, repeated fields joined as RFC 9110 5.3 allows: what the subscript
    /// gives, in one pass and without building a new string for a single field (nearly every field
    /// of a request). The subscript scans the fields twice and joins even a lone value; a request
    /// is looked up a dozen times on its way through the server.
    public func combined(_ name: HTTPField.Name) -> String? {
        var found: String?
        for field in self where field.name == name {
            found = found.map { $0 + name.valueSeparator + field.value } ?? field.value
        }
        return found
    }
}

extension HTTPField.Name {
    /// What joins the values of repeated fields of this name into one: `", "`, except for
    /// Cookie (RFC 6265 5.4), whose pairs are joined with `"; "`.
    var valueSeparator: String { self == .cookie ? "; " : ", " }
}

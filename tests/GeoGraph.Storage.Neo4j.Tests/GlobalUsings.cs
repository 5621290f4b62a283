global using Row = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

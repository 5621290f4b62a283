// Search over entity names and claim text. The store writes each indexed property as the words of
// the text already folded (case, diacritics) and joined by single spaces, so the whitespace analyzer
// keeps exactly those words and search means the same as in the SQLite store.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchNames]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};

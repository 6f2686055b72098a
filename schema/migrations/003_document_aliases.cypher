// Old keys of documents whose stub was adopted under another key (a citation named another issuer
// of the same unit): (:DocumentAlias {key})-[:ALIAS_OF]->(:Document). Looked up by key.
CREATE CONSTRAINT document_alias_key IF NOT EXISTS FOR (n:DocumentAlias) REQUIRE n.key IS UNIQUE;

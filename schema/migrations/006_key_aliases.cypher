// Keys made before src/domain/keys.ts (folded names, no province) stay valid as lookups:
// (:UnitAlias {key})-[:ALIAS_OF]->(:AdministrativeUnit), (:AgencyAlias {key})-[:ALIAS_OF]->(:Agency).
// An alias with several ALIAS_OF edges is ambiguous (the same old key for several nodes): a lookup
// by it is an error listing the candidates. Document keys use (:DocumentAlias) (003).
CREATE CONSTRAINT unit_alias_key IF NOT EXISTS FOR (n:UnitAlias) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agency_alias_key IF NOT EXISTS FOR (n:AgencyAlias) REQUIRE n.key IS UNIQUE;

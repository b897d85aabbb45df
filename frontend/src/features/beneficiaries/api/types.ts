import type { components, paths } from "@/lib/api/schema";

// Names the beneficiaries screens use for the contract's schemas; the shapes come from openapi.yaml.
type Schemas = components["schemas"];

export type Beneficiary = Schemas["Beneficiary"];
export type BeneficiaryInput = Schemas["BeneficiaryInput"];
export type BeneficiarySummary = Schemas["BeneficiarySummary"];
export type BeneficiaryPage = Schemas["PageBeneficiarySummary"];
export type BeneficiaryStatus = Schemas["BeneficiaryStatus"];
export type StatusFilter = Schemas["StatusFilter"];
export type Sort = Schemas["Sort"];
export type RefCommune = Schemas["RefCommune"];

export type Sex = Schemas["Sex"];
export type Nationality = Schemas["Nationality"];
export type ResidencePermitType = Schemas["ResidencePermitType"];
export type PreferredContact = Schemas["PreferredContact"];
export type FamilySituation = Schemas["FamilySituation"];
export type LivingSituation = Schemas["LivingSituation"];
export type HouseholdRelationship = Schemas["HouseholdRelationship"];
export type ResourceType = Schemas["ResourceType"];
export type ResourceOwner = Schemas["ResourceOwner"];
export type ChargeType = Schemas["ChargeType"];
export type ProtectionType = Schemas["ProtectionType"];
export type ObligeRelationship = Schemas["ObligeRelationship"];
export type PensionFundKind = Schemas["PensionFundKind"];
export type BenefitFund = Schemas["BenefitFund"];
export type ContactPerson = Schemas["ContactPerson"];

/**
 * A field change of the history. The contract describes before/after as Jackson's
 * JsonNode introspected (a list of booleans); the server actually sends any JSON value.
 */
export type FieldChange = { field?: string; before?: unknown; after?: unknown };
export type HistoryEntry = Omit<Schemas["BeneficiaryHistoryEntry"], "changes"> & { changes?: FieldChange[] };

/** The search of the file, as the API takes it. */
export type BeneficiarySearch = NonNullable<paths["/api/beneficiaries"]["get"]["parameters"]["query"]>;

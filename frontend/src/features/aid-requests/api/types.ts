import type { components, paths } from "@/lib/api/schema";

// Names the aid-request screens use for the contract's schemas; the shapes come from openapi.yaml.
type Schemas = components["schemas"];

export type AidType = Schemas["AidType"];
export type AidKind = Schemas["AidKind"];
export type AidRequest = Schemas["AidRequest"];
export type AidRequestSummary = Schemas["AidRequestSummary"];
export type AidRequestPage = Schemas["PageAidRequestSummary"];
export type AidRequestDeadlines = Schemas["AidRequestDeadlines"];
export type AidRequestEvent = Schemas["AidRequestEvent"];
export type CreateAidRequest = Schemas["CreateAidRequest"];
export type Accommodation = Schemas["Accommodation"];
export type PieceStatus = Schemas["PieceStatus"];
export type RequestAction = Schemas["RequestAction"];
export type RequestStatus = Schemas["RequestStatus"];
export type TransitionRequest = Schemas["TransitionRequest"];
export type Queue = Schemas["Queue"];
export type AidDocument = Schemas["Document"];
export type LetterView = Schemas["LetterView"];
export type LoanSchedule = Schemas["LoanSchedule"];
export type CommissionSession = Schemas["CommissionSession"];
export type CommissionSessionInput = Schemas["CommissionSessionInput"];
export type CommissionDecision = Schemas["CommissionDecision"];
export type BudgetLine = Schemas["BudgetLineView"];

export type QueueSearch = NonNullable<paths["/api/aid-requests"]["get"]["parameters"]["query"]>;

export type TransmissionView = Schemas["TransmissionView"];
export type DepartementDecision = Schemas["DepartementDecision"];
export type DossierCheck = Schemas["DossierCheck"];
export type DossierCheckField = Schemas["DossierCheckField"];
export type DossierVersion = Schemas["DossierVersion"];
export type DossierDataInput = Schemas["DossierDataInput"];

import type { components } from "@/lib/api/schema";

// Names the transmission screens use for the contract's schemas; the shapes come from openapi.yaml.
type Schemas = components["schemas"];

export type Candidate = Schemas["BordereauCandidate"];
export type BordereauView = Schemas["BordereauView"];
export type BordereauLine = Schemas["BordereauLine"];
export type BordereauSummary = Schemas["BordereauSummary"];
export type BordereauStatus = Schemas["BordereauStatus"];
export type TransmissionStatus = Schemas["TransmissionStatus"];

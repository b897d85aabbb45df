import type { components } from "@/lib/api/schema";

// Names the orientation screens use for the contract's schemas; the shapes come from openapi.yaml.
type Schemas = components["schemas"];

export type Orientation = Schemas["OrientationView"];
export type OrientationRecipient = Schemas["OrientationRecipient"];
export type CreateOrientation = Schemas["CreateOrientationRequest"];
export type OrientationMotif = Schemas["OrientationMotif"];
export type OrientationStatus = Schemas["OrientationStatus"];
export type OrientationOutcome = Schemas["OrientationOutcome"];

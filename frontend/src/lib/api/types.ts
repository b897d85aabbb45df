import type { components } from "./schema";

// Names the UI uses for the contract's schemas; the shapes come from openapi.yaml.
type Schemas = components["schemas"];

export type Me = Schemas["Me"];
export type TokenResponse = Schemas["TokenResponse"];
export type Role = Schemas["Role"];
export type CommuneView = Schemas["CommuneView"];
export type AgentView = Schemas["AgentView"];
export type CreateAgentRequest = Schemas["CreateAgentRequest"];
export type OrganisationCommune = Schemas["OrganisationCommune"];
export type Problem = Schemas["Problem"];
export type FieldError = Schemas["FieldError"];
export type LoginRequest = Schemas["LoginRequest"];

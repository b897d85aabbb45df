import type { components } from "@/lib/api/schema";

// Names the partner administration uses for the contract's schemas; the shapes come from openapi.yaml.
type Schemas = components["schemas"];

export type PartnerClient = Schemas["PartnerClientView"];
export type PartnerClientCreated = Schemas["PartnerClientCreated"];
export type CreatePartnerClient = Schemas["CreatePartnerClientRequest"];
export type PartnerType = Schemas["PartnerType"];
export type Webhook = Schemas["WebhookView"];
export type WebhookCreated = Schemas["WebhookCreated"];
export type Delivery = Schemas["WebhookDeliveryView"];
export type DeliveryDetail = Schemas["WebhookDeliveryDetail"];
export type DeliveryStatus = Schemas["DeliveryStatus"];

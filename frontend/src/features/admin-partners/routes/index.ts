// The feature's pages, loaded together on first use (see app/routes.tsx).
export { PartnerRoute } from "./partner-route";
export { PartnersRoute } from "./partners-route";

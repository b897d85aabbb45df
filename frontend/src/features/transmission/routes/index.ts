// The feature's pages, loaded together on first use (see app/routes.tsx).
export { BordereauRoute } from "./bordereau-route";
export { BordereauxRoute } from "./bordereaux-route";

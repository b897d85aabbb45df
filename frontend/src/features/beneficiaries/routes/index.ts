// The feature's pages, loaded together on first use (see app/routes.tsx).
export { BeneficiariesRoute } from "./beneficiaries-route";
export { BeneficiaryRoute } from "./beneficiary-route";
export { EditBeneficiaryRoute } from "./edit-beneficiary-route";
export { NewBeneficiaryRoute } from "./new-beneficiary-route";

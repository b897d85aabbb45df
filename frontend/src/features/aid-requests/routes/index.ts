// The feature's pages, loaded together on first use (see app/routes.tsx).
export { AidRequestRoute } from "./aid-request-route";
export { BudgetRoute } from "./budget-route";
export { CommissionRoute } from "./commission-route";
export { CommissionsRoute } from "./commissions-route";
export { NewAidRequestRoute } from "./new-aid-request-route";
export { QueuesRoute } from "./queues-route";
export { AdminAidTypeRoute } from "./admin-aid-type-route";
export { AdminBudgetRoute } from "./admin-budget-route";
export { AdminCatalogueRoute } from "./admin-catalogue-route";

// The feature's page, loaded on first use (see app/routes.tsx).
export { NotificationsRoute } from "./notifications-route";

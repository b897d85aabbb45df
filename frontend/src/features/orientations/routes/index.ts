// The feature's pages, loaded together on first use (see app/routes.tsx).
export { NewOrientationRoute } from "./new-orientation-route";
export { OrientationRoute } from "./orientation-route";
export { OrientationsRoute } from "./orientations-route";

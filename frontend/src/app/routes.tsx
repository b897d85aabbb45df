import type { RouteObject } from "react-router";
import { Loading } from "@/components/loading";
import { AgentsRoute } from "@/features/admin-agents/routes/agents-route";
import { LoginRoute } from "@/features/auth/routes/login-route";
import { commissionRoles, requestCreatorRoles } from "@/features/aid-requests/model/permissions";
import { beneficiaryWriterRoles } from "@/features/beneficiaries/model/permissions";
import { HomeRoute } from "@/features/home/routes/home-route";
import { transmissionRoles } from "@/features/transmission/model/permissions";
import { RequireRole, RequireSession } from "./guards";
import { AdminLayout } from "./layout/admin-layout";
import { AppLayout } from "./layout/app-layout";
import { NotFoundRoute } from "./routes/not-found-route";
import { RouteError } from "./routes/route-error";

/** The beneficiaries screens load on first use: the file's forms are the app's largest part. */
const beneficiaries = () => import("@/features/beneficiaries/routes");
/** The aid-request screens (work queues, a request, the commission, the budget), likewise. */
const aidRequests = () => import("@/features/aid-requests/routes");
/** Bordereaux, notifications, orientations and partner administration (issue 7's screens), likewise. */
const transmission = () => import("@/features/transmission/routes");
const notifications = () => import("@/features/notifications/routes");
const orientations = () => import("@/features/orientations/routes");
const adminPartners = () => import("@/features/admin-partners/routes");

/** Paths are French: they show in the address bar and in bookmarks. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while a page loaded on first use (the beneficiaries screens) arrives on a deep link.
    hydrateFallbackElement: <Loading label="Chargement…" />,
    children: [
      { path: "/connexion", element: <LoginRoute /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            path: "/beneficiaires",
            children: [
              { index: true, lazy: async () => ({ Component: (await beneficiaries()).BeneficiariesRoute }) },
              { path: ":id", lazy: async () => ({ Component: (await beneficiaries()).BeneficiaryRoute }) },
              {
                element: <RequireRole role={beneficiaryWriterRoles} />,
                children: [
                  { path: "nouveau", lazy: async () => ({ Component: (await beneficiaries()).NewBeneficiaryRoute }) },
                  {
                    path: ":id/modifier",
                    lazy: async () => ({ Component: (await beneficiaries()).EditBeneficiaryRoute }),
                  },
                ],
              },
              {
                element: <RequireRole role={requestCreatorRoles} />,
                children: [
                  {
                    path: ":id/nouvelle-demande",
                    lazy: async () => ({ Component: (await aidRequests()).NewAidRequestRoute }),
                  },
                  {
                    path: ":id/orienter",
                    lazy: async () => ({ Component: (await orientations()).NewOrientationRoute }),
                  },
                ],
              },
            ],
          },
          {
            path: "/demandes",
            children: [
              { index: true, lazy: async () => ({ Component: (await aidRequests()).QueuesRoute }) },
              { path: ":id", lazy: async () => ({ Component: (await aidRequests()).AidRequestRoute }) },
            ],
          },
          {
            path: "/commission",
            element: <RequireRole role={commissionRoles} />,
            children: [
              { index: true, lazy: async () => ({ Component: (await aidRequests()).CommissionsRoute }) },
              { path: ":id", lazy: async () => ({ Component: (await aidRequests()).CommissionRoute }) },
            ],
          },
          {
            path: "/budget",
            element: <RequireRole role={commissionRoles} />,
            children: [{ index: true, lazy: async () => ({ Component: (await aidRequests()).BudgetRoute }) }],
          },
          {
            path: "/bordereaux",
            element: <RequireRole role={transmissionRoles} />,
            children: [
              { index: true, lazy: async () => ({ Component: (await transmission()).BordereauxRoute }) },
              { path: ":id", lazy: async () => ({ Component: (await transmission()).BordereauRoute }) },
            ],
          },
          {
            path: "/notifications",
            lazy: async () => ({ Component: (await notifications()).NotificationsRoute }),
          },
          {
            path: "/orientations",
            children: [
              { index: true, lazy: async () => ({ Component: (await orientations()).OrientationsRoute }) },
              { path: ":id", lazy: async () => ({ Component: (await orientations()).OrientationRoute }) },
            ],
          },
          {
            path: "/administration",
            element: <RequireRole role="ADMIN" />,
            children: [
              {
                element: <AdminLayout />,
                children: [
                  { path: "agents", element: <AgentsRoute /> },
                  {
                    path: "partenaires",
                    children: [
                      { index: true, lazy: async () => ({ Component: (await adminPartners()).PartnersRoute }) },
                      { path: ":id", lazy: async () => ({ Component: (await adminPartners()).PartnerRoute }) },
                    ],
                  },
                  {
                    path: "catalogue",
                    children: [
                      { index: true, lazy: async () => ({ Component: (await aidRequests()).AdminCatalogueRoute }) },
                      { path: "nouvelle", lazy: async () => ({ Component: (await aidRequests()).AdminAidTypeRoute }) },
                      { path: ":id", lazy: async () => ({ Component: (await aidRequests()).AdminAidTypeRoute }) },
                    ],
                  },
                  { path: "budget", lazy: async () => ({ Component: (await aidRequests()).AdminBudgetRoute }) },
                ],
              },
            ],
          },
        ],
      },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
];

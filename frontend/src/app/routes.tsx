import type { RouteObject } from "react-router";
import { AgentsRoute } from "@/features/admin-agents/routes/agents-route";
import { LoginRoute } from "@/features/auth/routes/login-route";
import { HomeRoute } from "@/features/home/routes/home-route";
import { RequireRole, RequireSession } from "./guards";
import { AppLayout } from "./layout/app-layout";
import { NotFoundRoute } from "./routes/not-found-route";
import { RouteError } from "./routes/route-error";

/** Paths are French: they show in the address bar and in bookmarks. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { path: "/connexion", element: <LoginRoute /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            path: "/administration",
            element: <RequireRole role="ADMIN" />,
            children: [{ path: "agents", element: <AgentsRoute /> }],
          },
        ],
      },
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
];

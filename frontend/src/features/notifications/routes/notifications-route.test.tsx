import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { startSession } from "@/lib/auth/session-store";
import { aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, noContent } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import { bellText } from "../model/target";
import { NotificationsRoute } from "./notifications-route";

const decision = {
  id: "n-1",
  kind: "DECISION_DEPARTEMENT",
  message: "Le département 38 a accordé APA à domicile (412,50 €) pour la demande 2026-000042.",
  targetType: "aid_request",
  targetId: "r-42",
  createdAt: "2026-11-23T10:00:00Z",
  read: false,
};
const answer = {
  id: "n-2",
  kind: "REPONSE_ORIENTATION",
  message: "La CAF de l'Isère a répondu à l'orientation OR-2026-0003 : droits ouverts.",
  targetType: "orientation",
  targetId: "o-3",
  createdAt: "2026-11-22T10:00:00Z",
  read: true,
};

describe("NotificationsRoute", () => {
  it("marks a notification read when the agent opens the request it is about", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "GET /api/notifications": () => json(200, { items: [decision, answer], total: 2, page: 0, size: 20 }),
      "POST /api/notifications/n-1/read": () => noContent(),
    });
    const { user, router } = renderWithProviders(<NotificationsRoute />, "/notifications");

    const unread = await screen.findByRole("listitem", { name: "Décision du département, non lue" });
    expect(unread).toHaveTextContent(decision.message);
    expect(within(unread).getByText("Non lue")).toBeInTheDocument();
    const read = screen.getByRole("listitem", { name: "Réponse à une orientation" });
    expect(within(read).queryByText("Non lue")).not.toBeInTheDocument();
    expect(within(read).getByRole("link", { name: "Voir l'orientation" })).toHaveAttribute("href", "/orientations/o-3");

    await user.click(within(unread).getByRole("link", { name: "Voir la demande" }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/demandes/r-42"));
    expect(server.sent("POST /api/notifications/n-1/read")).toHaveLength(1);
  });

  it("lists only unread ones on demand and marks them all read", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "GET /api/notifications": (request) =>
        json(200, request.query.get("unreadOnly") === "true"
          ? { items: [decision], total: 1, page: 0, size: 20 }
          : { items: [decision, answer], total: 2, page: 0, size: 20 }),
      "POST /api/notifications/read-all": () => json(200, { unread: 0 }),
    });
    const { user } = renderWithProviders(<NotificationsRoute />, "/notifications");

    await screen.findByText(answer.message);
    await user.click(screen.getByLabelText("Non lues seulement"));
    await vi.waitFor(() => expect(screen.queryByText(answer.message)).not.toBeInTheDocument());
    expect(screen.getByText(decision.message)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Tout marquer comme lu" }));
    await vi.waitFor(() => expect(server.sent("POST /api/notifications/read-all")).toHaveLength(1));
  });
});

describe("the header's bell", () => {
  it("says how many notifications are unread", () => {
    expect(bellText(0)).toBe("Notifications");
    expect(bellText(undefined)).toBe("Notifications");
    expect(bellText(1)).toBe("Notifications (1 non lue)");
    expect(bellText(4)).toBe("Notifications (4 non lues)");
  });
});

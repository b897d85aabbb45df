import { describe, expect, it } from "vitest";
import { getSession, startSession } from "@/lib/auth/session-store";
import { aProblem, aTokenResponse, anAgent } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { api } from "./client";
import { ApiError } from "./problem";
import { unwrap } from "./unwrap";

const expired = () => problem(401, aProblem(401, "unauthorized", { detail: "Jeton expiré." }));

describe("auth middleware", () => {
  it("sends the access token as a bearer token", async () => {
    startSession(aTokenResponse(undefined, "token-A"));
    const server = mockApi({ "GET /api/admin/agents": () => json(200, [anAgent()]) });

    await api.GET("/api/admin/agents");

    expect(server.sent("GET /api/admin/agents")[0]?.headers.get("Authorization")).toBe("Bearer token-A");
  });

  it("renews an expired token once and replays the call with the new one", async () => {
    startSession(aTokenResponse(undefined, "old-token"));
    const server = mockApi({
      "GET /api/admin/agents": [expired, () => json(200, [anAgent({ firstName: "Paul" })])],
      "POST /api/auth/refresh": () => json(200, aTokenResponse(undefined, "new-token")),
    });

    const agents = unwrap(await api.GET("/api/admin/agents"));

    expect(agents[0]?.firstName).toBe("Paul");
    expect(server.sent("POST /api/auth/refresh")).toHaveLength(1);
    const calls = server.sent("GET /api/admin/agents");
    expect(calls.map((call) => call.headers.get("Authorization"))).toEqual([
      "Bearer old-token",
      "Bearer new-token",
    ]);
  });

  it("replays the body of a refused POST", async () => {
    startSession(aTokenResponse(undefined, "old-token"));
    const body = {
      email: "a@b.fr",
      firstName: "Ana",
      lastName: "Bel",
      roles: ["INSTRUCTEUR" as const],
      communes: [],
      password: "un-mot-de-passe-long",
    };
    const server = mockApi({
      "POST /api/admin/agents": [expired, () => json(201, anAgent({ email: "a@b.fr" }))],
      "POST /api/auth/refresh": () => json(200, aTokenResponse(undefined, "new-token")),
    });

    const { response } = await api.POST("/api/admin/agents", { body });

    expect(response.status).toBe(201);
    expect(server.sent("POST /api/admin/agents").map((call) => call.body)).toEqual([body, body]);
  });

  it("shares one renewal between calls refused at the same time", async () => {
    startSession(aTokenResponse(undefined, "old-token"));
    const server = mockApi({
      "GET /api/admin/agents": (request) =>
        request.headers.get("Authorization") === "Bearer new-token" ? json(200, []) : expired(),
      "GET /api/admin/organisation/communes": (request) =>
        request.headers.get("Authorization") === "Bearer new-token" ? json(200, []) : expired(),
      "GET /api/me": (request) =>
        request.headers.get("Authorization") === "Bearer new-token" ? json(200, {}) : expired(),
      "POST /api/auth/refresh": async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(200, aTokenResponse(undefined, "new-token"));
      },
    });

    const results = await Promise.all([
      api.GET("/api/admin/agents"),
      api.GET("/api/admin/organisation/communes"),
      api.GET("/api/me"),
    ]);

    expect(results.map((result) => result.response.status)).toEqual([200, 200, 200]);
    expect(server.sent("POST /api/auth/refresh")).toHaveLength(1);
  });

  it("ends the session when the token cannot be renewed", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "GET /api/admin/agents": expired,
      "POST /api/auth/refresh": () => problem(401, aProblem(401, "unauthorized")),
    });

    const result = await api.GET("/api/admin/agents");

    expect(() => unwrap(result)).toThrow(ApiError);
    expect(result.response.status).toBe(401);
    expect(server.sent("GET /api/admin/agents")).toHaveLength(1);
    expect(getSession()).toEqual({ status: "anonymous", reason: "expired" });
  });

  it("does not retry a refused login", async () => {
    const server = mockApi({
      "POST /api/auth/login": () => problem(401, aProblem(401, "invalid-credentials")),
    });

    const result = await api.POST("/api/auth/login", { body: { email: "a@b.fr", password: "faux" } });

    expect(result.response.status).toBe(401);
    expect(server.requests.map((r) => r.path)).toEqual(["/api/auth/login"]);
    expect(getSession().status).toBe("pending");
  });
});

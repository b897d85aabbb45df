import { afterEach, describe, expect, it, vi } from "vitest";
import { getSession, startSession } from "@/lib/auth/session-store";
import { aMe, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { ApiError, errorMessage } from "./problem";
import { percentOf, UploadCancelled, uploadWithProgress, type UploadProgress } from "./upload";

type Sent = { method: string; url: string; headers: Record<string, string>; body: unknown };

/** An XMLHttpRequest the test drives by hand: it records what was sent and answers on demand. */
class ScriptedXhr {
  static all: ScriptedXhr[] = [];
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();
  readonly sent: Sent = { method: "", url: "", headers: {}, body: undefined };
  status = 0;
  responseText = "";
  aborted = false;

  constructor() {
    ScriptedXhr.all.push(this);
  }

  open(method: string, url: string) {
    this.sent.method = method;
    this.sent.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.sent.headers[name] = value;
  }

  addEventListener(type: string, listener: EventListener) {
    this.events.addEventListener(type, listener);
  }

  send(body: unknown) {
    this.sent.body = body;
  }

  abort() {
    this.aborted = true;
    this.events.dispatchEvent(new ProgressEvent("abort"));
  }

  progress(loaded: number, total: number, computable = true) {
    this.upload.dispatchEvent(new ProgressEvent("progress", { loaded, total, lengthComputable: computable }));
  }

  uploaded() {
    this.upload.dispatchEvent(new ProgressEvent("load"));
  }

  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = body === undefined ? "" : JSON.stringify(body);
    this.events.dispatchEvent(new ProgressEvent("load"));
  }

  fail() {
    this.events.dispatchEvent(new ProgressEvent("error"));
  }
}

function useScriptedXhr() {
  ScriptedXhr.all = [];
  vi.stubGlobal("XMLHttpRequest", ScriptedXhr);
}

/** The n-th request, once the code under test has opened it. */
async function nthXhr(n: number): Promise<ScriptedXhr> {
  await vi.waitFor(() => expect(ScriptedXhr.all.length).toBeGreaterThan(n));
  return ScriptedXhr.all[n] as ScriptedXhr;
}

function aForm(): FormData {
  const form = new FormData();
  form.append("pieceCode", "RIB");
  form.append("file", new File(["%PDF-1.4"], "rib.pdf", { type: "application/pdf" }));
  return form;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("percentOf", () => {
  it("gives whole percents, capped at 100, and null when the size is unknown", () => {
    expect(percentOf(0, 200)).toBe(0);
    expect(percentOf(67, 200)).toBe(33);
    expect(percentOf(200, 200)).toBe(100);
    expect(percentOf(250, 200)).toBe(100);
    expect(percentOf(10, null)).toBeNull();
    expect(percentOf(10, 0)).toBeNull();
  });
});

describe("uploadWithProgress", () => {
  it("sends the form with the bearer token and reports each step up to 100 %", async () => {
    useScriptedXhr();
    startSession(aTokenResponse(aMe(), "token-1"));
    const form = aForm();
    const seen: UploadProgress[] = [];

    const result = uploadWithProgress<{ id: string }>({
      path: "/api/aid-requests/r1/documents",
      body: form,
      onProgress: (p) => seen.push(p),
    });
    const xhr = await nthXhr(0);
    expect(xhr.sent).toMatchObject({
      method: "POST",
      url: "/api/aid-requests/r1/documents",
      headers: { Authorization: "Bearer token-1" },
    });
    expect(xhr.sent.body).toBe(form);

    xhr.progress(0, 4000, false);
    xhr.progress(1000, 4000);
    xhr.progress(3000, 4000);
    xhr.uploaded();
    xhr.answer(201, { id: "doc-1" });

    await expect(result).resolves.toEqual({ id: "doc-1" });
    expect(seen.map((p) => p.percent)).toEqual([null, 25, 75, 100]);
    expect(seen.at(-1)).toEqual({ loaded: 4000, total: 4000, percent: 100 });
  });

  it("turns a refusal into an ApiError carrying the problem document", async () => {
    useScriptedXhr();
    startSession(aTokenResponse());
    const result = uploadWithProgress({ path: "/api/x", body: aForm() });
    (await nthXhr(0)).answer(413, { status: 413, detail: "Le fichier dépasse 10 Mo." });

    const error: unknown = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(413);
    expect(errorMessage(error)).toBe("Le fichier dépasse 10 Mo.");
  });

  it("renews an expired token once and sends the file again", async () => {
    const server = mockApi({ "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe(), "token-2")) });
    useScriptedXhr();
    startSession(aTokenResponse(aMe(), "token-1"));
    const seen: (number | null)[] = [];
    const result = uploadWithProgress({ path: "/api/x", body: aForm(), onProgress: (p) => seen.push(p.percent) });

    const first = await nthXhr(0);
    first.uploaded();
    first.answer(401, { status: 401 });
    const second = await nthXhr(1);
    expect(second.sent.headers.Authorization).toBe("Bearer token-2");
    second.uploaded();
    second.answer(201, { id: "doc-2" });

    await expect(result).resolves.toEqual({ id: "doc-2" });
    expect(server.sent("POST /api/auth/refresh")).toHaveLength(1);
    // The bar starts again for the second sending.
    expect(seen).toEqual([100, 0, 100]);
  });

  it("ends the session when the token cannot be renewed", async () => {
    mockApi({ "POST /api/auth/refresh": () => json(401, { status: 401 }) });
    useScriptedXhr();
    startSession(aTokenResponse());
    const result = uploadWithProgress({ path: "/api/x", body: aForm() });
    (await nthXhr(0)).answer(401, { status: 401 });

    await expect(result).rejects.toBeInstanceOf(ApiError);
    expect(getSession()).toEqual({ status: "anonymous", reason: "expired" });
    expect(ScriptedXhr.all).toHaveLength(1);
  });

  it("cancels when the signal aborts", async () => {
    useScriptedXhr();
    startSession(aTokenResponse());
    const controller = new AbortController();
    const result = uploadWithProgress({ path: "/api/x", body: aForm(), signal: controller.signal });
    const xhr = await nthXhr(0);
    xhr.progress(10, 100);

    controller.abort();

    await expect(result).rejects.toBeInstanceOf(UploadCancelled);
    expect(xhr.aborted).toBe(true);
  });

  it("says the service does not answer when the connection fails", async () => {
    useScriptedXhr();
    startSession(aTokenResponse());
    const result = uploadWithProgress({ path: "/api/x", body: aForm() });
    (await nthXhr(0)).fail();

    const error = await result.catch((e: unknown) => e);
    expect(errorMessage(error)).toBe("Le service Entraide ne répond pas. Vérifiez votre connexion puis réessayez.");
  });
});

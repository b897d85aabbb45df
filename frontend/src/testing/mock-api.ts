import { vi } from "vitest";

/** What a handler sees of a request the app sent. */
export type SentRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
};

/** JSON bodies parsed; others (a multipart upload) kept as text. */
function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

type Reply = Response | Promise<Response>;
type Handler = (request: SentRequest) => Reply;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export function problem(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * Replaces fetch, the network boundary, with handlers keyed by "METHOD /path".
 * A handler may be a list: each call takes the next reply, the last one repeats.
 * Every request is recorded; an unexpected one fails the test loudly.
 */
export function mockApi(routes: Record<string, Handler | Handler[]>) {
  const requests: SentRequest[] = [];
  const calls = new Map<string, number>();

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const sent: SentRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: parseBody(text),
    };
    requests.push(sent);
    const key = `${sent.method} ${sent.path}`;
    const route = routes[key];
    if (route === undefined) throw new Error(`Appel inattendu : ${key}`);
    const count = calls.get(key) ?? 0;
    calls.set(key, count + 1);
    const handler = Array.isArray(route) ? route[Math.min(count, route.length - 1)] : route;
    if (handler === undefined) throw new Error(`Aucune réponse pour : ${key}`);
    return handler(sent);
  });

  vi.stubGlobal("fetch", fetchMock);
  vi.stubGlobal("XMLHttpRequest", xhrOver(fetchMock));

  return {
    requests,
    /** The requests sent to one "METHOD /path". */
    sent: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key),
  };
}

type Listener = (event: ProgressEvent) => void;

class Listeners {
  private readonly byType = new Map<string, Listener[]>();

  addEventListener(type: string, listener: Listener): void {
    this.byType.set(type, [...(this.byType.get(type) ?? []), listener]);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.byType.set(type, (this.byType.get(type) ?? []).filter((l) => l !== listener));
  }

  fire(type: string, loaded = 0, total = 0): void {
    const event = new ProgressEvent(type, { lengthComputable: total > 0, loaded, total });
    for (const listener of this.byType.get(type) ?? []) listener(event);
  }
}

/**
 * An XMLHttpRequest (what uploads use, for their progress) answered by the same handlers as
 * fetch: half the body is reported sent, the handler is called, then the rest and its reply.
 */
function xhrOver(fetchMock: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  return class FakeXhr extends Listeners {
    readonly upload = new Listeners();
    status = 0;
    responseText = "";
    private method = "GET";
    private url = "";
    private readonly headers = new Headers();
    private aborted = false;

    open(method: string, url: string): void {
      this.method = method;
      this.url = new URL(url, globalThis.location?.origin ?? "http://localhost").toString();
    }

    setRequestHeader(name: string, value: string): void {
      this.headers.set(name, value);
    }

    abort(): void {
      this.aborted = true;
      this.fire("abort");
    }

    send(body?: XMLHttpRequestBodyInit | null): void {
      const request = new Request(this.url, { method: this.method, headers: this.headers, body: body ?? null });
      void (async () => {
        const size = 1000;
        this.upload.fire("progress", size / 2, size);
        // The handler answers once the server has the body: a reply left pending holds the upload at 50 %.
        const response = await fetchMock(request);
        if (this.aborted) return;
        this.upload.fire("progress", size, size);
        this.upload.fire("load", size, size);
        this.status = response.status;
        this.responseText = await response.text();
        this.fire("load");
      })().catch(() => this.fire("error"));
    }
  };
}

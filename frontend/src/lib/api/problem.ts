import type { Problem } from "./types";

/** Stable problem types of the API (RFC 9457 `type`). */
export const problemTypes = {
  invalidCredentials: "urn:entraide:problem:invalid-credentials",
  accountLocked: "urn:entraide:problem:account-locked",
  validation: "urn:entraide:problem:validation",
  conflict: "urn:entraide:problem:conflict",
  unauthorized: "urn:entraide:problem:unauthorized",
  forbidden: "urn:entraide:problem:forbidden",
  notFound: "urn:entraide:problem:not-found",
  duplicate: "urn:entraide:problem:duplicate",
} as const;

const unreachableMessage =
  "Le service Entraide ne répond pas. Vérifiez votre connexion puis réessayez.";
const genericMessage = "Une erreur inattendue est survenue. Réessayez dans quelques instants.";

/** An API call that failed: an HTTP error with its problem document, or no answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  get type(): string | undefined {
    return this.problem.type;
  }

  /** Field name (the request's JSON property) → French message, for 422 answers. */
  get fieldErrors(): Record<string, string> {
    return fieldErrorsOf(this.problem);
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Turns what openapi-fetch returned for a failed call into an ApiError. */
export function toApiError(error: unknown, response: Response): ApiError {
  const problem: Problem = isProblem(error) ? error : { status: response.status };
  return new ApiError(response.status, problem);
}

/**
 * The field a server message belongs to. The server names fields by JSON path
 * ("email", "roles", "communes[2]"); the form shows one message per property.
 */
export function fieldNameOf(path: string): string {
  const cut = path.search(/[.[]/);
  return cut === -1 ? path : path.slice(0, cut);
}

export function fieldErrorsOf(problem: Problem): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    if (!error.field || !error.message) continue;
    const field = fieldNameOf(error.field);
    const previous = byField[field];
    if (previous === undefined) byField[field] = error.message;
    else if (!previous.includes(error.message)) byField[field] = `${previous} ${error.message}`;
  }
  return byField;
}

/** The French sentence to show for any error thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem.detail ?? error.problem.title ?? genericMessage;
  }
  if (error instanceof TypeError) return unreachableMessage;
  return genericMessage;
}

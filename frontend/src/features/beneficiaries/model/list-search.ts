import type { BeneficiarySearch, Sort, StatusFilter } from "../api/types";
import { sortLabels, statusFilterLabels } from "./vocabulary";

/**
 * The list's search as it lives in the address bar (?q=dupont&commune=38052&page=2), named as in the API,
 * so that a reload, a bookmark or the back button brings the same list back.
 * Pages count from 1 in the URL (what the agent sees) and from 0 in the API.
 */
export type ListState = {
  q: string;
  commune: string;
  gir: string;
  ageMin: string;
  ageMax: string;
  status: StatusFilter;
  sort: Sort | "";
  referent: string;
  page: number;
};

export const pageSize = 20;

const defaults: ListState = {
  q: "",
  commune: "",
  gir: "",
  ageMin: "",
  ageMax: "",
  status: "ACTIVE",
  sort: "",
  referent: "",
  page: 1,
};

function isOneOf<T extends string>(labels: Record<T, string>, value: string | null): value is T {
  return value !== null && Object.hasOwn(labels, value);
}

function integerIn(value: string | null, min: number, max: number): string {
  if (value === null || !/^\d{1,3}$/.test(value)) return "";
  const number = Number(value);
  return number >= min && number <= max ? String(number) : "";
}

/** The list's state from the URL; what does not make sense there is ignored. */
export function readListState(params: URLSearchParams): ListState {
  const status = params.get("status");
  const sort = params.get("sort");
  const page = Number(params.get("page"));
  return {
    q: params.get("q") ?? "",
    commune: /^([0-9]{5}|2[AB][0-9]{3})$/.test(params.get("commune") ?? "") ? (params.get("commune") ?? "") : "",
    gir: integerIn(params.get("gir"), 1, 6),
    ageMin: integerIn(params.get("ageMin"), 0, 130),
    ageMax: integerIn(params.get("ageMax"), 0, 130),
    status: isOneOf(statusFilterLabels, status) ? status : defaults.status,
    sort: isOneOf(sortLabels, sort) ? sort : defaults.sort,
    referent: params.get("referent") ?? "",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The URL for a state: default values are left out, so a plain list has a plain address. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== "") params.set("q", state.q);
  if (state.commune !== "") params.set("commune", state.commune);
  if (state.gir !== "") params.set("gir", state.gir);
  if (state.ageMin !== "") params.set("ageMin", state.ageMin);
  if (state.ageMax !== "") params.set("ageMax", state.ageMax);
  if (state.status !== defaults.status) params.set("status", state.status);
  if (state.sort !== defaults.sort) params.set("sort", state.sort);
  if (state.referent !== "") params.set("referent", state.referent);
  if (state.page !== 1) params.set("page", String(state.page));
  return params;
}

/** A change of the search or of a filter starts again from the first page. */
export function withFilter(state: ListState, change: Partial<Omit<ListState, "page">>): ListState {
  return { ...state, ...change, page: 1 };
}

/** The API query for a state. */
export function toApiSearch(state: ListState): BeneficiarySearch {
  const search: BeneficiarySearch = { page: state.page - 1, size: pageSize, status: state.status };
  const q = state.q.trim();
  if (q !== "") search.q = q;
  if (state.commune !== "") search.commune = state.commune;
  if (state.gir !== "") search.gir = Number(state.gir);
  if (state.ageMin !== "") search.ageMin = Number(state.ageMin);
  if (state.ageMax !== "") search.ageMax = Number(state.ageMax);
  if (state.sort !== "") search.sort = state.sort;
  if (state.referent !== "") search.referent = state.referent;
  return search;
}

export function hasCriteria(state: ListState): boolean {
  return (
    state.q.trim() !== "" ||
    state.commune !== "" ||
    state.gir !== "" ||
    state.ageMin !== "" ||
    state.ageMax !== "" ||
    state.referent !== "" ||
    state.status !== defaults.status
  );
}

/** "Aucune personne", "1 personne", "1 234 personnes". */
export function personCount(total: number, capped = false): string {
  if (total === 0) return "Aucune personne";
  if (capped) return `Plus de ${total.toLocaleString("fr-FR")} personnes : précisez la recherche`;
  return `${total.toLocaleString("fr-FR")} ${total === 1 ? "personne" : "personnes"}`;
}

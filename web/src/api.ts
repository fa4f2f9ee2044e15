// The REST API as the pages use it: JSON in, problem details turned into readable errors.

export interface Source {
  dataset: string;
  source: string;
  vintage: string;
  licence: string;
  citation: string;
}

export class ApiError extends Error {}

export function url(path: string, params: Record<string, string | number | boolean | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== "") q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export async function getJson<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}): Promise<T> {
  const res = await fetch(url(path, params), { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try {
      const p = await res.json();
      if (p && typeof p.detail === "string") detail = p.detail;
    } catch {
      // not a problem document; keep the status line
    }
    throw new ApiError(detail);
  }
  return (await res.json()) as T;
}

/**
 * The CSRF token of the caller (GET /api/v1/auth/me, asked each time, so a new sign-in counts), for
 * requests that change what everyone sees (a dataset import); empty when there is none to send.
 */
export async function csrfHeaders(): Promise<Record<string, string>> {
  try {
    const res = await fetch("/api/v1/auth/me", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const token = res.ok ? ((await res.json()).csrf_token as string | null) : null;
    return token ? { "X-CSRF-Token": token } : {};
  } catch {
    return {};
  }
}

/** Sends JSON with the caller's CSRF token (when signed in by session) and reads JSON back. */
export async function sendJson<T>(method: string, path: string, body: unknown, csrf: string | null): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Content-Type": "application/json" };
  if (csrf) headers["X-CSRF-Token"] = csrf;
  const res = await fetch(path, { method, headers, body: JSON.stringify(body ?? {}), credentials: "same-origin" });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try {
      const p = await res.json();
      if (p && typeof p.detail === "string") detail = p.detail;
    } catch {
      // keep the status line
    }
    throw new ApiError(detail);
  }
  return (await res.json()) as T;
}

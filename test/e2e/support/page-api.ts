import type { Page } from 'playwright-core';

/**
 * A request made from the page, so it carries the session cookie and the Origin header: the status and the
 * body, parsed as JSON when it is JSON (calendars and empty bodies stay text).
 */
export async function pageFetch<T>(
  page: Page,
  method: string,
  url: string,
  body?: object,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: kept as text
      }
      return { status: res.status, body: parsed as T };
    },
    { method, url, body },
  );
}

/** A JSON request from the page that must succeed: its body, or an error naming the status. */
export async function pageApi<T>(page: Page, method: string, url: string, body?: object): Promise<T> {
  const res = await pageFetch<T>(page, method, url, body);
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

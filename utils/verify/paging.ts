// How each vendor pages its lists, as data on the endpoint: the first page's query, and where the next page is.
import type { z } from 'zod';
import type { Endpoint } from './http';

/**
 * - `offset`: SendGrid `limit` + `offset`; a page shorter than `limit` is the last one.
 * - `limitOnly`: SendGrid lists that take a `limit` but no `offset`: one page, and a full one means there may be more.
 * - `twilio2010`: Twilio's 2010 API, `PageSize` then `next_page_uri` (a path with its query) until it is null.
 * - `twilioV1`: Twilio's v1 APIs, `PageSize` then `meta.next_page_url` (a full URL) until it is null.
 */
export type Paging = { style: 'offset'; limit: number } | { style: 'limitOnly'; limit: number } | { style: 'twilio2010' } | { style: 'twilioV1' };

/** A list endpoint: its page schema, how it pages, how to take the items out of a page, and what they are called. */
export interface ListEndpoint<S extends z.ZodType = z.ZodType, Item = unknown> extends Endpoint<S> {
  paging: Paging;
  /** Plural noun a person understands, for the "too large to read" message. */
  noun: string;
  items(page: z.infer<S>): Item[];
}

export function listEndpoint<S extends z.ZodType, Item>(e: ListEndpoint<S, Item>): ListEndpoint<S, Item> {
  return e;
}

/** Twilio's documented maximum page size for every list we read. */
export const TWILIO_PAGE_SIZE = 1000;
/** A run reads at most this many pages of one list, then says the account is too large to judge here. */
export const MAX_PAGES = 20;

export function firstPageQuery(e: ListEndpoint, query: Record<string, string> = {}): Record<string, string> {
  switch (e.paging.style) {
    case 'offset':
      return { ...query, limit: String(e.paging.limit), offset: '0' };
    case 'limitOnly':
      return { ...query, limit: String(e.paging.limit) };
    default:
      return { ...query, PageSize: String(TWILIO_PAGE_SIZE) };
  }
}

export interface PageRef {
  path: string;
  query: Record<string, string>;
}

function fromUrl(href: string): PageRef | undefined {
  try {
    // Only the path and query are taken: the request still goes to the endpoint's own host.
    const url = new URL(href, 'https://api.twilio.com');
    return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
  } catch {
    return undefined;
  }
}

/**
 * Where the page after `current` is: a PageRef, `undefined` when this was the last page, or `'more'` when the
 * list goes on but cannot be paged further (a full page of a `limitOnly` list).
 */
export function nextPage(e: ListEndpoint, current: PageRef, body: unknown, count: number): PageRef | 'more' | undefined {
  const b = body as { next_page_uri?: string | null; meta?: { next_page_url?: string | null } };
  switch (e.paging.style) {
    case 'offset': {
      if (count < e.paging.limit) return undefined;
      const offset = Number(current.query.offset ?? 0) + e.paging.limit;
      return { path: current.path, query: { ...current.query, offset: String(offset) } };
    }
    case 'limitOnly':
      return count < e.paging.limit ? undefined : 'more';
    case 'twilio2010':
      return b.next_page_uri ? (fromUrl(b.next_page_uri) ?? 'more') : undefined;
    case 'twilioV1':
      return b.meta?.next_page_url ? (fromUrl(b.meta.next_page_url) ?? 'more') : undefined;
  }
}

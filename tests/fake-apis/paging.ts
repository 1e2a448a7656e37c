// How the fakes page a list, as each vendor documents it (docs/verify.md, "Paging").
//  - SendGrid `limit`/`offset`: `/v3/ips` documents a default limit of 10; the other lists document none, and the
//    fake assumes the same 10 there. Lists with `limit` but no `offset` (`/v3/api_keys`, `/v3/whitelabel/links`)
//    answer the first `limit` items.
//  - Twilio 2010 (`PageSize` default 50, maximum 1000; `Page`, `PageToken`): the envelope's `next_page_uri` is the
//    path and query of the next page, null on the last.
//  - Twilio v1: the same parameters; `meta.next_page_url` is the full URL of the next page, null on the last.

export type FakePaging = 'sendgridOffset' | 'sendgridLimit' | 'twilio2010' | 'twilioV1';

export const SENDGRID_DEFAULT_LIMIT = 10;
export const TWILIO_DEFAULT_PAGE_SIZE = 50;
export const TWILIO_MAX_PAGE_SIZE = 1000;

export type Paged = { ok: true; body: unknown } | { ok: false; status: number; body: unknown };

const sgBad = (field: string, message: string): Paged => ({ ok: false, status: 400, body: { errors: [{ field, message }] } });

function intParam(url: URL, name: string): number | undefined | 'bad' {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  return /^\d+$/.test(raw) ? Number(raw) : 'bad';
}

export function sendgridPage(items: unknown[], url: URL, withOffset: boolean): Paged {
  const limit = intParam(url, 'limit');
  const offset = withOffset ? intParam(url, 'offset') : 0;
  if (limit === 'bad' || limit === 0) return sgBad('limit', 'limit must be an integer of at least 1');
  if (offset === 'bad') return sgBad('offset', 'offset must be an integer of at least 0');
  const from = offset ?? 0;
  return { ok: true, body: items.slice(from, from + (limit ?? SENDGRID_DEFAULT_LIMIT)) };
}

/** `Page` and `PageToken` as the fake writes them: the token is the index of the page's first item. */
function twilioWindow(url: URL): { size: number; page: number; start: number } {
  const asked = Number(url.searchParams.get('PageSize') ?? TWILIO_DEFAULT_PAGE_SIZE);
  const size = Math.min(Math.max(1, Number.isFinite(asked) ? Math.floor(asked) : TWILIO_DEFAULT_PAGE_SIZE), TWILIO_MAX_PAGE_SIZE);
  const page = Math.max(0, Number(url.searchParams.get('Page') ?? 0) || 0);
  const token = url.searchParams.get('PageToken')?.match(/^PT(\d+)$/);
  return { size, page, start: token ? Number(token[1]) : page * size };
}

function pageQuery(url: URL, size: number, page: number, start?: number): string {
  const q = new URLSearchParams(url.searchParams);
  q.set('PageSize', String(size));
  q.set('Page', String(page));
  if (start === undefined || page === 0) q.delete('PageToken');
  else q.set('PageToken', `PT${start}`);
  return q.toString();
}

export function twilio2010Page(items: unknown[], url: URL, key: string): Paged {
  const { size, page, start } = twilioWindow(url);
  const slice = items.slice(start, start + size);
  const uri = (p: number, s?: number) => `${url.pathname}?${pageQuery(url, size, p, s)}`;
  const more = start + size < items.length;
  return {
    ok: true,
    body: {
      [key]: slice,
      page,
      page_size: size,
      start,
      end: start + Math.max(slice.length, 1) - 1,
      uri: uri(page, start),
      first_page_uri: uri(0),
      next_page_uri: more ? uri(page + 1, start + size) : null,
      previous_page_uri: page > 0 ? uri(page - 1, Math.max(0, start - size)) : null,
    },
  };
}

export function twilioV1Page(items: unknown[], url: URL, key: string): Paged {
  const { size, page, start } = twilioWindow(url);
  const slice = items.slice(start, start + size);
  const at = (p: number, s?: number) => `https://${url.host}${url.pathname}?${pageQuery(url, size, p, s)}`;
  const more = start + size < items.length;
  return {
    ok: true,
    body: {
      [key]: slice,
      meta: {
        page,
        page_size: size,
        first_page_url: at(0),
        previous_page_url: page > 0 ? at(page - 1, Math.max(0, start - size)) : null,
        url: at(page, start),
        next_page_url: more ? at(page + 1, start + size) : null,
        key,
      },
    },
  };
}

export function pageOf(paging: FakePaging, items: unknown[], url: URL, key: string): Paged {
  switch (paging) {
    case 'sendgridOffset':
      return sendgridPage(items, url, true);
    case 'sendgridLimit':
      return sendgridPage(items, url, false);
    case 'twilio2010':
      return twilio2010Page(items, url, key);
    case 'twilioV1':
      return twilioV1Page(items, url, key);
  }
}

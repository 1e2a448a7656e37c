// Limits shared by the content script and the wire schemas, kept zod-free so importing them brings no zod into console pages.

/** How much of a typed value the content script sends to be checked; the full length travels beside it. */
export const CHECK_MAX = 20_000;

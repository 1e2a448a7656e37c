// The two DNS-over-HTTPS resolvers the live check may contact: the optional host permissions, and nothing else.
// Dependency-free so the manifest (wxt.config.ts) reads the same list the code requests.
export const RESOLVER_ORIGINS = ['https://cloudflare-dns.com/*', 'https://dns.google/*'];

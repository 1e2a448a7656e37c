// Optional permissions in Chromium: what the browser records in the profile once a person accepts its prompt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `permissions.request` asks for: API permissions (`clipboardRead`) and host origins (`https://dns.google/*`). */
export interface PermissionGrant {
  permissions?: string[];
  origins?: string[];
}

/**
 * Chromium shows `permissions.request`'s prompt in browser UI that no automation protocol reaches
 * (Playwright's grantPermissions covers web permissions only). This writes into the profile's Preferences
 * what Chromium itself records after a person clicks "Allow": the permission in both the granted and the
 * active set of the extension. Chromium must be closed (it rewrites the file on exit) and read it at the
 * next launch on the same profile. The extension build is the real one; only the click on the browser's
 * own button is skipped.
 */
export function recordGrant(profile: string, extensionId: string, grant: PermissionGrant): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const ext = prefs.extensions?.settings?.[extensionId];
  if (!ext) throw new Error(`${file} has no settings for extension ${extensionId}: launch it once on this profile first.`);
  const add = (list: unknown, more: string[] = []) => [...new Set([...(Array.isArray(list) ? list : []), ...more])];
  for (const key of ['granted_permissions', 'active_permissions']) {
    ext[key] ??= {};
    ext[key].api = add(ext[key].api, grant.permissions);
    ext[key].explicit_host = add(ext[key].explicit_host, grant.origins);
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/** Reading what a console's copy button copied (and checking before the 60-second clearing): asked in the panel. */
export const CLIPBOARD_READ: PermissionGrant = { permissions: ['clipboardRead'] };

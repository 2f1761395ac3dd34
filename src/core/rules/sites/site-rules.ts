// Per-site quirks as data: extra rules that apply only on the listed hosts. Keep this short; a quirk
// belongs here only when a general rule cannot express it without hurting other sites.
import type { SiteRules } from '../rule-types';

export const siteRules = [] as const satisfies readonly SiteRules[];

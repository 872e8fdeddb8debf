/**
 * The built-in sites, declared once: id, label and hosts. The manifest's host permissions and
 * content-script matches are generated from this (src/build/site-manifest.ts), the options
 * page and the popup list it, and the coach picks each site's adapter by its id
 * (content/sites/index.ts, typed so a site without an adapter does not compile).
 * Pure data: the popup and the worker read it without any of the coach.
 */
export declare const SITES: {
    readonly gmail: {
        readonly label: "Gmail";
        readonly hosts: readonly ["mail.google.com"];
    };
    readonly outlook: {
        readonly label: "Outlook";
        readonly hosts: readonly ["outlook.live.com", "outlook.office.com", "outlook.office365.com"];
    };
    readonly linkedin: {
        readonly label: "LinkedIn";
        readonly hosts: readonly ["www.linkedin.com"];
    };
    readonly x: {
        readonly label: "X (Twitter)";
        readonly hosts: readonly ["x.com", "twitter.com"];
    };
    readonly facebook: {
        readonly label: "Facebook";
        readonly hosts: readonly ["www.facebook.com"];
    };
};
export type SiteId = keyof typeof SITES;
export declare const SITE_IDS: SiteId[];
export declare const siteLabel: (site: SiteId) => string;
export declare function isSiteId(value: unknown): value is SiteId;
/** Which built-in site a hostname belongs to, if any. */
export declare function siteOf(hostname: string): SiteId | null;
/** The match patterns of every built-in site (the manifest's host permissions and content-script matches). */
export declare function siteMatches(): string[];

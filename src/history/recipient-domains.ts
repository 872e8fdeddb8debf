/**
 * Recipient domains for the per-company email limit. Only the part after "@" is ever kept,
 * never an address, and free-mail providers are dropped: two friends on gmail.com are not
 * one organisation, and their domain says nothing about who they are.
 */

const FREE_MAIL: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me',
  'protonmail.com', 'pm.me', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'zoho.com',
  'yandex.com', 'yandex.ru', 'mail.ru', 'qq.com', '163.com', '126.com', 'hey.com', 'fastmail.com',
  'tutanota.com', 'btinternet.com', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 't-online.de',
]);

const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Is this a lower-case domain of an organisation (not free mail)? */
export function isOrganisationDomain(domain: string): boolean {
  return DOMAIN.test(domain) && !FREE_MAIL.has(domain);
}

/** The distinct organisation domains of some email addresses ("Sam <sam@Acme.com>" -> "acme.com"). */
export function organisationDomains(addresses: readonly string[]): string[] {
  const out = new Set<string>();
  for (const address of addresses) {
    const at = address.lastIndexOf('@');
    if (at < 0) continue;
    const domain = address.slice(at + 1).replace(/[>\s].*$/, '').replace(/\.$/, '').toLowerCase();
    if (isOrganisationDomain(domain)) out.add(domain);
  }
  return [...out];
}

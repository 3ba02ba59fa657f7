/**
 * The `<title>` of a page: the page's own title, then the site's name, then the company's
 * (from content/company.yaml) when one is set, so a bookmark, a tab or a search result in a
 * company's intranet says whose toolkit it is. The home page leads with the site's name and
 * its tagline instead.
 */
export interface PageTitleParts {
  title: string;
  siteName: string;
  tagline: string;
  company?: string | undefined;
  isHome: boolean;
}

export const TITLE_SEPARATOR = ' · ';

export function pageTitle({ title, siteName, tagline, company, isHome }: PageTitleParts): string {
  const parts = isHome ? [siteName, tagline] : [title, siteName];
  if (company) parts.push(company);
  return parts.join(TITLE_SEPARATOR);
}

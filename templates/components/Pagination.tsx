/** Previous/next links and "page 2 of 5" under a listing. */
import type { ListingPage } from "../../scripts/site/listings.ts";
import type { Site } from "../../scripts/content/registries.ts";
import type { Urls } from "../../scripts/site/urls.ts";
import { fill, formatterFor } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";

export function Pagination({ listing, site, urls }: { listing: ListingPage; site: Site; urls: Urls }): JSX.Element {
  if (listing.pageCount === 1) return null;
  const t = stringsFor(site.language);
  const f = formatterFor(site, site.language);
  return (
    <nav class="pagination" aria-label={t.pagination}>
      {listing.previousPath ? (
        <a rel="prev" href={urls.href(listing.previousPath)}>
          {t.previousPage}
        </a>
      ) : null}
      <span aria-current="page">
        {fill(t.pageOf, { page: f.number(listing.pageNumber), count: f.number(listing.pageCount) })}
      </span>
      {listing.nextPath ? (
        <a rel="next" href={urls.href(listing.nextPath)}>
          {t.nextPage}
        </a>
      ) : null}
    </nav>
  );
}

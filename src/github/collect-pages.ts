/** GitHub's largest page: fewer requests per list. */
export const PER_PAGE = 100;

/** A list page as Octokit returns it. */
export interface Page<T> {
  readonly data: readonly T[];
  readonly headers: { readonly link?: string | undefined };
}

/** Guards against a server whose `Link` header never ends; far above any list we read. */
const MAX_PAGES = 1000;

const hasNextPage = (link: string | undefined): boolean => link?.split(',').some((part) => /rel="next"/.test(part)) ?? false;

/**
 * The items of a paginated list, page by page (1, 2, ...) until GitHub's `Link` header has no
 * `next` page, so a list that fills its last page exactly costs no extra empty request. Each
 * page is asked for only when the previous one has been read.
 */
export async function* itemsOfPages<T>(fetchPage: (page: number) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const response = await fetchPage(page);
    yield* response.data;
    if (!hasNextPage(response.headers.link)) return;
  }
  throw new Error(`A GitHub list kept announcing a next page after ${MAX_PAGES} pages; stopped reading it.`);
}

/** Every item of a paginated list (see `itemsOfPages`). */
export const collectPages = async <T>(fetchPage: (page: number) => Promise<Page<T>>): Promise<T[]> => {
  const items: T[] = [];
  for await (const item of itemsOfPages(fetchPage)) items.push(item);
  return items;
};

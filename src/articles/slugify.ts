// URL-safe slugs from titles: lowercase ASCII words joined by hyphens, cut at a word boundary.
const MAX_LENGTH = 60;

export function slugify(text: string, maxLength = MAX_LENGTH): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength) || 'untitled';
}

/** The file name (without `.md`) an article with this title and date is stored under. */
export function articleSlug(title: string, published: string): string {
  return `${published}-${slugify(title)}`;
}

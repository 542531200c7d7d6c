/** Elements that end a line of the text a reader compares: paragraphs, list items, headings, rows. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, tr, figcaption, blockquote';

/**
 * A section's HTML as the text a reader compares: each paragraph, list item, heading and table row on a line of its
 * own, table cells apart, a picture by its alt text. Parsed by the browser (DOMParser makes an inert document: no
 * script runs and no picture loads), never placed in the page as HTML.
 */
export function plainText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const image of body.querySelectorAll('img')) {
    image.replaceWith(`[afbeelding: ${image.getAttribute('alt') ?? ''}]`);
  }
  for (const cell of body.querySelectorAll('td, th')) cell.append(' | ');
  for (const br of body.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of body.querySelectorAll(BLOCKS)) block.append('\n');
  return body.textContent
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        .replace(/ \| $/, '')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** Any element, closing tag or comment: content with one of these is the HTML subset, read as HTML. */
const MARKUP = /<(?:[a-z][^>]*>|\/[a-z]|!--)/i;

/**
 * A section written as plain text, without any markup, as the writer laid it out: a blank line starts a new
 * paragraph, and a single line break stays a line break. Read as HTML, where a line break is just a space, it would
 * come out as one paragraph. The text itself is left as it is (an entity such as `&amp;` still reads as in HTML);
 * content with markup is returned unchanged.
 */
export function plainTextAsHtml(inhoud: string): string {
  if (MARKUP.test(inhoud) || !/[\r\n]/.test(inhoud)) return inhoud;
  return inhoud
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.replace(/\s+$/, '').replace(/[^\S\n]*\n[^\S\n]*/g, '<br>')}</p>`)
    .join('');
}

/** Any element, closing tag or comment: content with one of these is the HTML subset, read as HTML. */
const MARKUP = /<(?:[a-z][^>]*>|\/[a-z]|!--)/i;

/**
 * An ampersand that starts no complete character reference ("R&D", "Q&A", "&notitie"): HTML would read "&not" in
 * "&notitie" as "¬", so in plain text it stays an ampersand. `&amp;` and `&#8364;` still read as in HTML.
 */
const LONE_AMPERSAND = /&(?![A-Za-z][A-Za-z\d]*;|#\d+;|#[xX][\da-fA-F]+;)/g;

/**
 * A section written as plain text, without any markup, as the writer laid it out: a blank line starts a new
 * paragraph, and a single line break stays a line break. Read as HTML, where a line break is just a space, it would
 * come out as one paragraph. Every character of the text stays: a "<" is a character here, not the start of a tag
 * that would swallow the text after it, and only the white space HTML collapses (spaces and tabs) counts as blank;
 * a no-break or ideographic space is text. Content with markup is returned unchanged.
 */
export function plainTextAsHtml(inhoud: string): string {
  if (MARKUP.test(inhoud)) return inhoud;
  return inhoud
    .replace(/\r\n?/g, '\n')
    .replace(/</g, '&lt;')
    .replace(LONE_AMPERSAND, '&amp;')
    .split(/\n[ \t]*\n[ \t\n]*/)
    .filter((paragraph) => /[^ \t\n]/.test(paragraph))
    .map((paragraph) => `<p>${paragraph.replace(/[ \t\n]+$/, '').replace(/[ \t]*\n[ \t]*/g, '<br>')}</p>`)
    .join('');
}

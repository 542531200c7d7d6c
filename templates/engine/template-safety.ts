import Handlebars from 'handlebars';

/** A `{{{…}}}` or `{{& …}}` in a template: where it is, for the message. */
export interface UnescapedOutput {
  line: number;
  expression: string;
}

class UnescapedFinder extends Handlebars.Visitor {
  readonly found: UnescapedOutput[] = [];

  override MustacheStatement(mustache: hbs.AST.MustacheStatement): void {
    if (!mustache.escaped) {
      const path =
        mustache.path.type === 'PathExpression' ? (mustache.path as hbs.AST.PathExpression).original : '…';
      this.found.push({ line: mustache.loc.start.line, expression: path });
    }
    super.MustacheStatement(mustache);
  }
}

/**
 * Every value a template prints must be escaped, or user text could act as markup. Triple braces and `{{&…}}` turn
 * escaping off, so templates, which functioneel beheerders edit, may not use them; section content has its own
 * safe way in, `{{richtext}}`.
 */
export function findUnescapedOutput(source: string): UnescapedOutput[] {
  const finder = new UnescapedFinder();
  finder.accept(Handlebars.parse(source));
  return finder.found;
}

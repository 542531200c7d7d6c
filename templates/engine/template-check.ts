import Handlebars from 'handlebars';
import type { Issue } from '../../core/errors.js';
import { findUnescapedOutput } from './template-safety.js';

class PartialFinder extends Handlebars.Visitor {
  readonly used: { name: string; line: number }[] = [];

  override PartialStatement(partial: hbs.AST.PartialStatement): void {
    this.note(partial.name, partial.loc.start.line);
    super.PartialStatement(partial);
  }

  override PartialBlockStatement(partial: hbs.AST.PartialBlockStatement): void {
    this.note(partial.name, partial.loc.start.line);
    super.PartialBlockStatement(partial);
  }

  private note(name: hbs.AST.PathExpression | hbs.AST.SubExpression, line: number): void {
    // A partial chosen at fill time ({{> (lookup …)}}) cannot be checked here; Handlebars names it when it fills.
    if (name.type === 'PathExpression') this.used.push({ name: name.original, line });
  }
}

/**
 * What is wrong with a template before any memo is filled into it: Handlebars syntax, output that skips escaping,
 * and partials it names that the partials folder lacks. A functioneel beheerder who edits a template hears of it when
 * the type loads, with the file and the line, not from a policy officer whose render failed.
 */
export function templateProblems(source: string, file: string, partials: ReadonlySet<string>): Issue[] {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    return [{ path: file, message: `het sjabloon is geen geldige Handlebars: ${(error as Error).message}` }];
  }
  const problems: Issue[] = findUnescapedOutput(source).map((found) => ({
    path: `${file} regel ${found.line}`,
    message: `{{{${found.expression}}}} zet het escapen uit; gebruik {{${found.expression}}}`,
  }));
  const finder = new PartialFinder();
  finder.accept(ast);
  for (const { name, line } of finder.used) {
    if (name !== '@partial-block' && !partials.has(name))
      problems.push({
        path: `${file} regel ${line}`,
        message: `het deelsjabloon ${name} bestaat niet; zet partials/${name}.hbs in de map met sjablonen`,
      });
  }
  return problems;
}

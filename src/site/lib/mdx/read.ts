/**
 * Read the MDX that `npm run split` writes: frontmatter, then JSX elements whose text is held in
 * JSON string literals (`<Paragraph id="a1" line={13}>{"…"}</Paragraph>`). The site renders these
 * pages from the parsed tree with its own components; compiling every page into a JS module
 * instead costs a build of ~3,000 pages 12 s and 1.8 GB (see README, "Performance").
 */

/** An element or a run of text in a generated page's body. */
export type MdxNode =
  | { type: 'element'; name: string; attributes: Record<string, unknown>; children: MdxNode[] }
  | { type: 'text'; value: string };

/** A place in a generated file where its MDX is not what the splitter writes. */
export class MdxSyntaxError extends Error {
  override name = 'MdxSyntaxError';
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Split a generated file into its YAML frontmatter and its body, with the line the body starts on. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new MdxSyntaxError(1, 'the file does not start with --- frontmatter ---');
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parse a generated page's body into elements and text; `firstLine` numbers errors as in the file. */
export function parseMdxBody(body: string, firstLine = 1): MdxNode[] {
  return new Reader(body, firstLine).children(null);
}

const NAME = /[A-Za-z][\w.]*/y;
const SPACE = /\s*/y;

class Reader {
  private position = 0;
  constructor(
    private readonly source: string,
    private readonly firstLine: number,
  ) {}

  /** Read nodes until the closing tag of `parent` (or the end of the body at the top level). */
  children(parent: string | null): MdxNode[] {
    const nodes: MdxNode[] = [];
    for (;;) {
      this.skipSpace();
      if (this.position >= this.source.length) {
        if (parent !== null) this.fail(`<${parent}> is not closed`);
        return nodes;
      }
      if (this.source.startsWith('</', this.position)) {
        if (parent === null) this.fail('a closing tag without an opening one');
        this.position += 2;
        const name = this.name();
        if (name !== parent) this.fail(`</${name}> closes <${parent}>`);
        this.expect('>');
        return nodes;
      }
      const next = this.source[this.position];
      if (next === '<') nodes.push(this.element());
      else if (next === '{') {
        const value = this.expression();
        if (typeof value !== 'string') this.fail('a text expression must hold a string literal');
        nodes.push({ type: 'text', value });
      } else this.fail(`unexpected "${next}": text must be written as {"…"}`);
    }
  }

  private element(): MdxNode {
    this.expect('<');
    const name = this.name();
    const attributes: Record<string, unknown> = {};
    for (;;) {
      this.skipSpace();
      if (this.source.startsWith('/>', this.position)) {
        this.position += 2;
        return { type: 'element', name, attributes, children: [] };
      }
      if (this.source[this.position] === '>') {
        this.position += 1;
        return { type: 'element', name, attributes, children: this.children(name) };
      }
      const attribute = this.name();
      this.expect('=');
      attributes[attribute] = this.source[this.position] === '"' ? this.quoted() : this.expression();
    }
  }

  private name(): string {
    NAME.lastIndex = this.position;
    const match = NAME.exec(this.source);
    if (!match) this.fail('expected a name');
    this.position += match[0].length;
    return match[0];
  }

  /** An attribute in double quotes, as JSX writes it: no escapes. */
  private quoted(): string {
    const end = this.source.indexOf('"', this.position + 1);
    if (end < 0) this.fail('an attribute value is not closed');
    const value = this.source.slice(this.position + 1, end);
    this.position = end + 1;
    return value;
  }

  /** An expression `{…}` holding a JSON value (the splitter writes string literals, numbers and arrays of numbers). */
  private expression(): unknown {
    this.expect('{');
    const start = this.position;
    let depth = 0;
    let inString = false;
    for (; this.position < this.source.length; this.position++) {
      const character = this.source[this.position];
      if (inString) {
        if (character === '\\') this.position++;
        else if (character === '"') inString = false;
      } else if (character === '"') inString = true;
      else if (character === '{' || character === '[') depth++;
      else if (character === ']') depth--;
      else if (character === '}') {
        if (depth === 0) break;
        depth--;
      }
    }
    if (this.position >= this.source.length) this.fail('an expression is not closed');
    const literal = this.source.slice(start, this.position);
    this.position++;
    try {
      return JSON.parse(literal) as unknown;
    } catch {
      return this.fail(`the expression {${literal.slice(0, 40)}} is not a literal value`);
    }
  }

  private expect(text: string): void {
    if (!this.source.startsWith(text, this.position)) this.fail(`expected "${text}"`);
    this.position += text.length;
  }

  private skipSpace(): void {
    SPACE.lastIndex = this.position;
    this.position += SPACE.exec(this.source)?.[0].length ?? 0;
  }

  private fail(problem: string): never {
    const line = this.firstLine + (this.source.slice(0, this.position).match(/\n/g)?.length ?? 0);
    throw new MdxSyntaxError(line, problem);
  }
}

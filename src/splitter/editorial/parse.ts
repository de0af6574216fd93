import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { hostileCharacterOf, hostileProblem } from '../hostile-text';
import { HOSTILE_HINTS, messages, TranscriptError } from '../transcript/errors';
import { editorialSchema, type Editorial } from '../../shared/editorial/schema';

const HINT = 'See README.md, "Editorial data", for the fields of an editorial file.';
/** The most copies the aliases of an editorial file may make (the yaml package's default, stated). */
const MAX_ALIAS_COUNT = 100;

/** The editorial data of a conference that has no editorial file: titles are derived from questions. */
export const noEditorial: Editorial = editorialSchema.parse({});

/** Parse and validate one conference's editorial YAML, failing at the line of the first problem. */
export function parseEditorial(text: string, file: string): Editorial {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

  checkLines(text, file);
  const [syntaxError] = document.errors;
  if (syntaxError) throw new TranscriptError({ file, line: lineAt(syntaxError.pos[0]) }, `invalid YAML: ${syntaxError.message.split('\n')[0]}`, HINT);
  checkScalars(document, file, lineAt);

  const result = editorialSchema.safeParse(toData(document, file, lineAt) ?? {});
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = (issue?.path ?? []) as (string | number)[];
  // An unknown key is reported on its parent; point at the key itself.
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  const line = lineAt(unknownKey === undefined ? nearestNode(document, path)?.range?.[0] : keyOffset(document, path, unknownKey));
  throw new TranscriptError({ file, line }, `${where}${issue?.message ?? 'invalid editorial data'}`, HINT);
}

/** Fail at the first line holding a character that is never text, or text that was not UTF-8. */
function checkLines(text: string, file: string): void {
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const hostile = hostileCharacterOf(line);
    if (!hostile) return;
    if (hostile.kind === 'replacement') {
      // The split reads editorial files as UTF-8, which puts U+FFFD for bytes of another encoding.
      const [problem] = messages.notUtf8();
      throw new TranscriptError({ file, line: index + 1 }, problem, 'Save the editorial file as UTF-8 text (without another encoding such as GB 18030 or UTF-16).');
    }
    throw new TranscriptError({ file, line: index + 1 }, hostileProblem(hostile), HOSTILE_HINTS[hostile.kind]);
  });
}

const LINE_BREAK = /[\r\n\u2028\u2029]/u;

/**
 * Check every text value as YAML gives it (escapes such as `\u202E` and `\n` decoded): no character
 * that is never text, and one line only, since citation formats (RIS, BibTeX) end a record or field at
 * a line break. A block scalar's final line break is dropped.
 */
function checkScalars(document: Document, file: string, lineAt: (offset: number | undefined) => number): void {
  const walk = (node: unknown, path: readonly (string | number)[]): void => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
    else if (isScalar(node) && typeof node.value === 'string') {
      const where = { file, line: lineAt(node.range?.[0]) };
      const value = node.value.replace(/[\r\n]+$/u, '');
      const hostile = hostileCharacterOf(value);
      if (hostile) throw new TranscriptError(where, `${path.join('.')}: ${hostileProblem(hostile).replace('the line holds', 'holds')}`, HOSTILE_HINTS[hostile.kind]);
      if (LINE_BREAK.test(value)) {
        throw new TranscriptError(where, `${path.join('.')}: the text spans more than one line`, 'Write editorial text on one line: a line break would end a field of the citation formats (RIS, BibTeX).');
      }
      node.value = value;
    }
  };
  walk(document.contents, []);
}

/**
 * Turn the document into plain data. Aliases are expanded here, so this is where an alias bomb (a few
 * lines of `&a`/`*a` that expand to millions of values) and an alias without its anchor fail.
 */
function toData(document: Document, file: string, lineAt: (offset: number | undefined) => number): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const { first, unresolved } = aliasesOf(document);
    const alias = unresolved ?? first;
    const line = lineAt(alias?.range?.[0]);
    if (unresolved) {
      const name = unresolved.source;
      throw new TranscriptError({ file, line }, `the alias *${name} has no anchor &${name} before it`,
        `Mark the value to repeat with &${name} above this line, or write the value out in full.`);
    }
    throw new TranscriptError({ file, line }, `the YAML aliases${first ? ` (*${first.source} and after)` : ''} expand to too much data`,
      'An editorial file needs no aliases: write each value out in full instead of repeating it with &anchor and *alias.');
  }
}

/** Find the first alias of a document and the first one used before its anchor is set. */
function aliasesOf(document: Document): { first?: Alias; unresolved?: Alias } {
  const anchors = new Set<string>();
  const found: { first?: Alias; unresolved?: Alias } = {};
  visit(document, {
    Node(_key, node) {
      if (isAlias(node)) {
        found.first ??= node;
        if (!anchors.has(node.source)) found.unresolved ??= node;
      } else if (node.anchor) anchors.add(node.anchor);
    },
  });
  return found;
}

type Located = { range?: [number, number, number] } | undefined;

/** Find the node at a path, or its nearest ancestor that exists (a missing field points at its object). */
function nearestNode(document: Document, path: readonly (string | number)[]): Located {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as Located;
    if (node?.range) return node;
  }
  return undefined;
}

/** Find where a key of the map at a path is written. */
function keyOffset(document: Document, path: readonly (string | number)[], key: string): number | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

/** Find the line of the n-th correction in an editorial file, to point errors at it. */
export function correctionLine(text: string, index: number): number {
  return editorialLine(text, ['corrections', index]);
}

/** Find the line of a value in an editorial file (of a map's key when `key` is set), to point errors at it. */
export function editorialLine(text: string, path: readonly (string | number)[], key?: string): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const offset = key === undefined ? (document.getIn(path, true) as Located)?.range?.[0] : keyOffset(document, path, key);
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}

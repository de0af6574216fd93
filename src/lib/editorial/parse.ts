import { LineCounter, parseDocument } from 'yaml';
import { TranscriptError } from '../transcript/errors';
import { editorialSchema, type Editorial } from './schema';

const HINT = 'See README.md, "Editorial data", for the fields of an editorial file.';

/** The editorial data of a conference that has no editorial file: titles are derived from questions. */
export const noEditorial: Editorial = editorialSchema.parse({});

/** Parse and validate one conference's editorial YAML, failing at the line of the first problem. */
export function parseEditorial(text: string, file: string): Editorial {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

  const [syntaxError] = document.errors;
  if (syntaxError) throw new TranscriptError({ file, line: lineAt(syntaxError.pos[0]) }, `invalid YAML: ${syntaxError.message.split('\n')[0]}`, HINT);

  const result = editorialSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = issue?.path ?? [];
  const node = document.getIn(path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  throw new TranscriptError({ file, line: lineAt(node?.range?.[0]) }, `${where}${issue?.message ?? 'invalid editorial data'}`, HINT);
}

/** Find the line of the n-th correction in an editorial file, to point errors at it. */
export function correctionLine(text: string, index: number): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const node = document.getIn(['corrections', index], true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
}

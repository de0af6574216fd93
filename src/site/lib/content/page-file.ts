/**
 * Read a page file as `npm run split` writes it: YAML frontmatter, then a body of the site's
 * elements. One reader for the content loader (which keeps the frontmatter) and the pages (which
 * read their body when they render), with one kind of error: the file, the line, and what to do.
 */
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { MdxSyntaxError, parseMdxBody, splitFrontmatter } from '../mdx/read';
import { pageBodySchema, type BodyNode } from './body';

const HINT = 'Run `npm run split` to regenerate it (`-- --force` if it was edited by hand).';

/** A generated page: its frontmatter (checked later by its collection's schema) and its checked body. */
export interface PageFile {
  frontmatter: Record<string, unknown>;
  body: BodyNode[];
}

/**
 * Read a generated page. The frontmatter is read by js-yaml, about ten times faster than `yaml` on
 * these small documents (seconds in a build of 30,000 pages); the split writes plain YAML both read alike.
 * @param filePath the page's project-relative path, for errors
 */
export function readPageFile(text: string, filePath: string): PageFile {
  return withFileErrors(filePath, () => {
    const { frontmatter, body, bodyLine } = splitFrontmatter(text);
    const data = loadYaml(frontmatter, { schema: CORE_SCHEMA, filename: filePath });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new MdxSyntaxError(2, 'the frontmatter is not a YAML mapping');
    return { frontmatter: data as Record<string, unknown>, body: checkedBody(body, bodyLine) };
  });
}

/** Read only the checked body of a generated page (a page renders it; its frontmatter is in the collection already). */
export function readPageBody(text: string, filePath: string): BodyNode[] {
  return withFileErrors(filePath, () => {
    const { body, bodyLine } = splitFrontmatter(text);
    return checkedBody(body, bodyLine);
  });
}

/** Parse a body and check it is what the splitter writes. */
function checkedBody(body: string, bodyLine: number): BodyNode[] {
  const checked = pageBodySchema.safeParse(parseMdxBody(body, bodyLine));
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  throw new MdxSyntaxError(bodyLine, `the body is not what the splitter writes (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'})`);
}

/** Run a read of a page, giving its failures as one error naming the file and line, and what to do. */
function withFileErrors<Result>(filePath: string, read: () => Result): Result {
  try {
    return read();
  } catch (error) {
    if (error instanceof MdxSyntaxError) throw new Error(`${filePath}:${error.message}. ${HINT}`, { cause: error });
    if (error instanceof YAMLException) {
      // The frontmatter starts on line 2, after the opening ---; js-yaml counts lines from 0.
      throw new Error(`${filePath}:${error.mark.line + 2}: the frontmatter is not valid YAML: ${error.reason}. ${HINT}`, { cause: error });
    }
    throw error;
  }
}

import { createHash } from 'node:crypto';

/** The frontmatter value to write before stamping (YAML quotes it, as it does the real hash). */
export const HASH_PLACEHOLDER = '0000000000000000';

const PLACEHOLDER_LINE = `hash: "${HASH_PLACEHOLDER}"`;
const STAMPED_LINE = /^hash: "[0-9a-f]{16}"$/m;

/** Fill the hash placeholder in a generated file with a hash of the rest of the file. */
export function stampHash(text: string): string {
  return text.replace(PLACEHOLDER_LINE, `hash: "${digest(text)}"`);
}

/** Tell whether a generated file still holds exactly what was generated (no hand edits). */
export function isUntouched(text: string): boolean {
  const stamped = STAMPED_LINE.exec(text)?.[0];
  return stamped !== undefined && stampHash(text.replace(stamped, PLACEHOLDER_LINE)) === text;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

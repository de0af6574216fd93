// Characters MDX or HTML could read as syntax, written as JS escapes inside the string literal,
// so transcript text is always data: the literal evaluates to exactly the original characters.
const SYNTAX = /[{}<>`&\u2028\u2029]/g;

/** Write text as a JS string literal that is safe inside an MDX expression (`{"…"}`). */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(SYNTAX, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Write text as an MDX expression child or attribute value: `{"…"}`. */
export function mdxText(text: string): string {
  return `{${jsString(text)}}`;
}
